"""Writing the site: virtual files for MkDocs and the atomic swap of site/."""
