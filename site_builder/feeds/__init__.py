"""RSS 2.0 and Atom feeds (feedgen) for the whole site, each section and each listing."""
