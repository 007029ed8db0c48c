"""Plan PDF time: a plan with 40 tasks (about 12 pages), median of several runs.

    python bench/bench_plan_pdf.py [--runs 7]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time

import pypdf

from nbhr_desktop.core.plans import tasks as task_service
from nbhr_desktop.core.plans.template import create_plan_from_template
from nbhr_desktop.core.plans.views import live_tasks
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.documents.plan_pdf import write_plan_pdf
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import AdminUnit


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tasks", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Location.resolve(folder))
        info = initialise(workspace, "Kim Sơn")
        with workspace.db.session() as session:
            unit = session.get(AdminUnit, info.unit_id)
            plan = create_plan_from_template(session, unit, 2025, info.installation_uuid)
            templates = live_tasks(plan)
            while len(live_tasks(plan)) < args.tasks:  # repeat the template's tasks
                source = templates[len(live_tasks(plan)) % len(templates)]
                task_service.add_task(
                    session, plan.uuid, info.installation_uuid, title=source.title,
                    lead_agency=source.lead_agency.uuid, product=source.product,
                    budget=source.budget, cooperators=[a.uuid for a in source.cooperators])
            session.refresh(plan)
            times, pages = [], 0
            for _ in range(args.runs):
                buffer = io.BytesIO()
                start = time.perf_counter()
                write_plan_pdf(session, plan, buffer)
                times.append(time.perf_counter() - start)
                pages = len(pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages)
        workspace.close()
    print(f"plan PDF, {args.tasks} tasks, {pages} pages: median {statistics.median(times):.3f} s "
          f"over {args.runs} runs (min {min(times):.3f}, max {max(times):.3f}); aim < 0.5 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
