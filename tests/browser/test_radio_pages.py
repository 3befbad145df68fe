"""The radio pages in a real Chromium: the player and the next-broadcast line."""


def test_episode_page_has_an_accessible_player(phone, served_site):
    phone.goto(served_site + "phat-thanh/2024-so-01/")
    player = phone.locator("audio")
    assert player.count() == 1
    assert player.get_attribute("controls") is not None
    labelled_by = player.get_attribute("aria-labelledby")
    assert phone.locator(f"#{labelled_by}").inner_text().startswith("Nghe lại Số 01/2024")
    source = phone.evaluate("document.querySelector('audio').src")
    assert source.endswith("/files/phat-thanh/par-today-2024-so-01.mp3")
    response = phone.request.get(source)
    assert response.ok and response.headers["content-type"] in ("audio/mpeg", "audio/mp3")
    assert phone.get_by_role("link", name="Tải tệp âm thanh (68 KB)").is_visible()


def test_schedule_page_shows_the_next_broadcast_line(phone, served_site):
    phone.goto(served_site + "phat-thanh/")
    first = phone.locator(".portal-broadcasts li").first
    assert first.is_visible()
    assert first.inner_text().startswith("Phát sóng: 18:00 thứ Tư, ngày 25 tháng 11 năm 2026")
    assert phone.get_by_role("link", name="Thêm lịch phát sóng vào lịch của bạn (.ics)").is_visible()


def test_home_page_shows_the_next_broadcast(phone, served_site):
    phone.goto(served_site)
    line = phone.locator(".portal-next-broadcast")
    assert line.is_visible()
    assert "18:00 thứ Tư, ngày 25 tháng 11 năm 2026" in line.inner_text()
