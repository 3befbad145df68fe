import subprocess
import sys
import textwrap

from site_builder.process_exit import ENDED, launched_as_mkdocs
from tests.helpers import build, make_site

# A process that ends through end_without_teardown: its exit handler and buffered output
# must be seen; the finalizer of an object still alive at exit must not run (that is the
# teardown skipped).
ENDING = textwrap.dedent("""
    import atexit, sys, threading
    from site_builder.process_exit import end_without_teardown

    class Kept:
        def __del__(self, write=open):  # builtins may be gone by the time teardown reaches it
            write({freed!r}, "w").write("freed")

    kept = Kept()
    atexit.register(lambda: open({handled!r}, "w").write("handled"))
    if {threaded}:
        done = threading.Event()
        threading.Thread(target=done.wait, args=(0.5,)).start()
    sys.stdout.write("buffered, not flushed")
    end_without_teardown(3)
    sys.stdout.write(" / returned")
""")


def run_ending(tmp_path, threaded: bool) -> subprocess.CompletedProcess:
    script = ENDING.format(freed=str(tmp_path / "freed"), handled=str(tmp_path / "handled"), threaded=threaded)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)


def test_the_process_ends_with_its_exit_handlers_run_and_without_teardown(tmp_path):
    result = run_ending(tmp_path, threaded=False)
    assert result.returncode == 3
    assert result.stdout == "buffered, not flushed"
    assert (tmp_path / "handled").read_text() == "handled"
    assert not (tmp_path / "freed").exists()


def test_with_another_thread_running_the_process_exits_normally(tmp_path):
    result = run_ending(tmp_path, threaded=True)
    assert result.returncode == 0
    assert result.stdout == "buffered, not flushed / returned"
    assert (tmp_path / "handled").read_text() == "handled"
    assert (tmp_path / "freed").read_text() == "freed"  # a normal exit's teardown


def test_pytest_is_not_the_mkdocs_command():
    assert not launched_as_mkdocs()


def test_a_successful_build_ends_without_teardown_and_a_failed_one_reports_its_failure(tmp_path):
    project = make_site(tmp_path)
    result = build(project, extra=("--verbose",))
    assert result.returncode == 0, result.stderr[-2000:]
    assert ENDED in result.stderr
    assert "Documentation built in" in result.stderr  # MkDocs' last line, flushed before the end
    assert (project / "site" / "index.html").is_file()

    # A warning fails a strict build only after on_post_build: the exit status must say so.
    page = project / "content" / "pages" / "gioi-thieu.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n\n[Xem thêm](khong-co.md)\n", encoding="utf-8")
    failed = build(project, extra=("--verbose",))
    assert failed.returncode == 1
    assert "Aborted with 1 warnings in strict mode" in failed.stdout, failed.stderr[-2000:]
    assert ENDED not in failed.stderr
