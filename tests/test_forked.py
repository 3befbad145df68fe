"""Work split with a forked copy of the process: the same results as in one process,
the child's failure raised here, and no fork while another thread runs. Each case runs
in a fresh interpreter: the test runner's own process may have threads of its own."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

CASE = """
import json, os, threading
from site_builder.forked import ForkedWorkError, on_both_cores

def where_and_what(items):
    if 999 in items:
        raise ValueError("mục 999 hỏng")
    return {item: (os.getpid(), item * item) for item in items}

def run(items):
    try:
        found = on_both_cores(items, where_and_what)
    except ForkedWorkError as exc:
        return {"error": str(exc)}
    return {"me": os.getpid(), "pids": sorted({pid for pid, _ in found.values()}),
            "first": found[items[0]][0], "last": found[items[-1]][0],
            "squares": all(found[i][1] == i * i for i in items) and len(found) == len(items)}
"""


def run_case(body: str) -> dict:
    script = CASE + textwrap.dedent(body)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_second_half_is_worked_in_another_process_with_the_same_results():
    found = run_case("print(json.dumps(run(list(range(200)))))")
    assert found["squares"]
    assert found["first"] == found["me"] != found["last"]  # items alternate: the last is the child's
    assert found["pids"] == sorted({found["me"], found["last"]})


def test_a_failure_in_the_forked_half_is_raised_here_with_its_traceback():
    found = run_case("print(json.dumps(run(list(range(900, 1000)))))")
    assert "ValueError: mục 999 hỏng" in found["error"] and "Traceback" in found["error"]


def test_no_fork_for_a_few_items_or_while_another_thread_runs():
    few = run_case("print(json.dumps(run(list(range(10)))))")
    assert few["pids"] == [few["me"]] and few["squares"]
    threaded = run_case("""
        stop = threading.Event()
        other = threading.Thread(target=stop.wait)
        other.start()
        result = run(list(range(200)))
        stop.set()
        other.join()
        print(json.dumps(result))
    """)
    assert threaded["pids"] == [threaded["me"]] and threaded["squares"]


def test_alongside_runs_the_other_task_in_a_child_and_raises_its_failure(tmp_path):
    marker = tmp_path / "there.txt"
    found = run_case(f"""
        from site_builder.forked import alongside
        def there():
            open({str(marker)!r}, "w").write(str(os.getpid()))
        value = alongside(there, lambda: 42)
        try:
            alongside(lambda: 1 / 0, lambda: None)
            failure = ""
        except ForkedWorkError as exc:
            failure = str(exc)
        print(json.dumps({{"me": os.getpid(), "value": value, "failure": failure}}))
    """)
    assert found["value"] == 42 and "ZeroDivisionError" in found["failure"]
    assert int(marker.read_text()) != found["me"]  # written by the child, and done by the time alongside returned


BEGUN = """
import json, os, sys, threading, time
from site_builder.forked import ForkedWorkError, begun

out = sys.argv[1]

def work(fail=False):
    time.sleep(0.3)
    if fail:
        raise ValueError("liên kết hỏng")
    with open(out, "w") as written:
        written.write(str(os.getpid()))

def run(fail=False):
    started = time.monotonic()
    job = begun(lambda: work(fail))
    returned = time.monotonic() - started
    try:
        job.wait()
    except ForkedWorkError as exc:
        return {"error": str(exc)}
    return {"me": os.getpid(), "worker": int(open(out).read()), "returned_in": returned}
"""


def run_begun(tmp_path, body: str) -> dict:
    script = BEGUN + textwrap.dedent(body)
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "pid")], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_begun_work_goes_on_in_another_process_and_is_done_when_waited_for(tmp_path):
    found = run_begun(tmp_path, "print(json.dumps(run()))")
    assert found["worker"] != found["me"] and found["returned_in"] < 0.2  # not waited for at once


def test_begun_work_that_fails_is_raised_when_waited_for(tmp_path):
    found = run_begun(tmp_path, "print(json.dumps(run(fail=True)))")
    assert "ValueError: liên kết hỏng" in found["error"]


def test_begun_work_is_done_here_and_now_while_another_thread_runs(tmp_path):
    found = run_begun(tmp_path, """
        stop = threading.Event()
        other = threading.Thread(target=stop.wait)
        other.start()
        result = run()
        stop.set()
        other.join()
        print(json.dumps(result))
    """)
    assert found["worker"] == found["me"] and found["returned_in"] >= 0.3
