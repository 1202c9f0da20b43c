"""Command line: ingest / ask / search / serve / export / import / backup / models / eval (thin: Desk does the work)."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from tqdm import tqdm

from assistant.corpus.changes import Actor
from assistant.errors import AssistantError
from assistant.language.text import printable
from assistant.lock import BUSY_HELP, writer_lock
from assistant.models.weights import MODELS, assemble
from assistant.schemas import ATTACK_TYPES, Answer, FileResult, Filters, IncidentFilters, date_label
from assistant.settings import Settings, load_settings, preset_names
from assistant.ui.local_api import ask_running_app

if TYPE_CHECKING:
    from assistant.corpus.archive import Manifest
    from assistant.desk import Desk

# The pipeline's modules (the desk, the app, the extractor's patterns, the eval sets) are imported by the commands
# that use them, not here: `assistant ask` with `assistant serve` running only forwards the question, and importing
# them all took it about 2 s before it could send it (BENCHMARKS.md, start-up).


def _desk(settings: Settings) -> Desk:
    from assistant.desk import Desk

    return Desk(settings)


class _LaterChoice(click.Choice[str]):
    """click.Choice whose choices are read when an argument is checked or help is shown, not at import."""

    def __init__(self, load: Callable[[], tuple[str, ...]]) -> None:
        self._load = load
        self.case_sensitive = True

    @property
    def choices(self) -> tuple[str, ...]:
        return self._load()

    @choices.setter
    def choices(self, value: tuple[str, ...]) -> None:  # (click.Choice sets it; these choices are never given)
        raise AttributeError("the choices are read from their module")


def _dataset_choices() -> tuple[str, ...]:
    from assistant.evaluation.cases import DATASET_CHOICES

    return DATASET_CHOICES


def _export_formats() -> tuple[str, ...]:
    from assistant.incidents import export

    return ("table", *export.FORMATS)


def _settings(preset: str | None, data_dir: Path | None) -> Settings:
    return load_settings(preset, data_dir=data_dir)


def _echo(text: str, **kwargs: Any) -> None:
    """click.echo for text that holds stored or user-given strings: no control or bidi character reaches the terminal
    (corpora ingested before such characters were dropped at ingest still hold them)."""
    click.echo(printable(text), **kwargs)


def common(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--preset and --data-dir on every command; typed errors become messages and exit 1."""

    @click.option(
        "--data-dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help="Corpus folder (default: $DESK_DATA_DIR or ~/.local/share/incident-desk).",
    )
    @click.option(
        "--preset",
        type=click.Choice(preset_names()),
        default=None,
        help="Settings preset (default: $DESK_PRESET or 'default').",
    )
    @functools.wraps(fn)
    def wrapper(*args: Any, preset: str | None, data_dir: Path | None, **kwargs: Any) -> Any:
        try:
            return fn(*args, settings=_settings(preset, data_dir), **kwargs)
        except AssistantError as err:
            click.secho(printable(f"error: {err.message}"), fg="red", err=True)
            if err.help_message:
                _echo(f"  -> {err.help_message}", err=True)
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug or a library failure: say so plainly; DESK_DEBUG=1 shows the traceback
            if os.environ.get("DESK_DEBUG"):
                raise
            click.secho(printable(f"error: unexpected {type(exc).__name__}: {exc}"), fg="red", err=True)
            click.echo("  -> run again with DESK_DEBUG=1 to see the traceback, and report it", err=True)
            sys.exit(1)

    return wrapper


@click.group()
@click.version_option(package_name="incident-desk")
def main() -> None:
    """Incident Desk: cited answers about political violence from your news articles."""
    if not logging.root.handlers:  # warnings and errors to stderr, never a terminal escape from a file name in them
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_PrintableFormatter("%(levelname)s %(name)s: %(message)s"))
        logging.root.addHandler(handler)
        logging.root.setLevel(logging.WARNING)


class _PrintableFormatter(logging.Formatter):
    """Log lines without control or bidi characters; tracebacks only with DESK_DEBUG=1 (the message says what)."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))

    def formatException(self, ei: Any) -> str:
        return super().formatException(ei) if os.environ.get("DESK_DEBUG") else ""


def wait_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--wait SECONDS: how long a writing command waits for another writer's data dir lock."""
    return click.option(
        "--wait",
        "wait_s",
        type=click.FloatRange(min=0),
        default=None,
        metavar="SECONDS",
        help="Wait this long for another writer (ingest, reindex, serve) to finish with the data dir "
        "(default: $DESK_STORE__LOCK_WAIT_S or 10).",
    )(fn)


# What export, backup and import can do while another writer holds the data dir: the app has neither of them and
# holds the lock as long as it runs, so a backup stops it (README: Export, import and backup).
STOP_APP_HELP = (
    "stop that process, or wait for it with --wait SECONDS (an ingest or reindex ends by itself; the app, "
    "`assistant serve`, holds the data dir until it is stopped)"
)
BACKUP_BUSY_HELP = (
    f"{STOP_APP_HELP}: a scheduled backup stops the app, runs `assistant backup FOLDER`, then starts it again"
)
IMPORT_BUSY_HELP = f"{STOP_APP_HELP}: stop the app, import, then start it again"
REINDEX_BUSY_HELP = (
    "stop that process, or re-index in the running app's Corpus tab (Re-index), or wait longer with --wait SECONDS"
)


def _writing(
    settings: Settings, command: str, wait_s: float | None, busy_help: str = BUSY_HELP
) -> AbstractContextManager[None]:
    """The data dir's writer lock for a writing command; the wait is announced on stderr."""
    return writer_lock(settings, command, wait_s, on_wait=lambda line: _echo(line, err=True), busy_help=busy_help)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@wait_option
@common
def ingest(paths: tuple[Path, ...], wait_s: float | None, settings: Settings) -> None:
    """Add article files or folders (.txt .md .html .json .jsonl .csv .tsv, RSS/Atom or record .xml, ticket exports)
    to the corpus."""

    with _writing(settings, "assistant ingest", wait_s):
        _ingest(paths, settings)


def _ingest(paths: tuple[Path, ...], settings: Settings) -> None:
    desk = _desk(settings)
    bars: list[Any] = []  # made at the first progress report: a run with no files shows none

    def on_progress(done: int, total: int) -> None:
        if not bars:
            bars.append(tqdm(total=total, unit="B", unit_scale=True, desc="ingest", file=sys.stderr))
        bars[0].n = done  # bytes read: a large JSONL file advances with its records, not at its first one
        bars[0].refresh()

    def on_file(result: FileResult) -> None:
        for line in outcome_lines(result):
            tqdm.write(printable(line), file=sys.stderr)

    report = desk.ingest(list(paths), on_file=on_file, on_progress=on_progress, by=Actor.here("cli"))
    for bar in bars:
        bar.close()
    articles, chunks = desk.store.counts()
    click.echo(
        f"{len(report.results)} item(s) in {report.seconds:.1f}s: {report.count('added')} added, "
        f"{report.count('replaced')} replaced, {report.count('duplicate')} duplicate, "
        f"{report.count('rejected')} rejected"
        + (f", {report.count('skipped')} hidden skipped. " if report.count("skipped") else ". ")
        + f"Corpus: {articles} articles, {chunks} chunks in {desk.store.location}"
    )
    if report.count("rejected"):
        sys.exit(1)


def outcome_lines(result: FileResult) -> list[str]:
    """What ingest prints for one file or record: its status and name, then why (rejected, duplicate) or what was
    stored, so every input of a run can be found in its output."""
    if result.status in ("rejected", "skipped"):
        lines = [f"{result.status:<9} {result.path}: {result.reason}"]
        return lines + ([f"  -> {result.help_message}"] if result.help_message else [])
    if result.status == "duplicate":
        return [f"duplicate {result.path}: {result.reason} (doc {result.doc_id})"]
    chunks = f"{result.chunks} chunk{'s' * (result.chunks != 1)}"
    incidents = f"{result.incidents} incident{'s' * (result.incidents != 1)}"
    title = " ".join((result.title or "").split())  # a JSON title may hold line breaks: one line per outcome
    line = f"{result.status:<9} {result.path}: \u201c{title}\u201d, {chunks}, {incidents} (doc {result.doc_id})"
    return [line] + ([f"  !  {result.warning}"] if result.warning else [])


def _filters(date_from: dt.datetime | None, date_to: dt.datetime | None) -> Filters:
    if date_from and date_to and date_from > date_to:
        raise click.BadParameter(f"--from {date_from:%Y-%m-%d} is after --to {date_to:%Y-%m-%d}")
    return Filters(
        published_from=date_from.date() if date_from else None, published_to=date_to.date() if date_to else None
    )


def render_answer(answer: Answer) -> str:
    """Answer text, then the numbered quotes with article title, outlet and date."""
    lines = [answer.text]
    if answer.ledger:
        lines += [""] + answer.ledger
    if answer.sources:
        lines.append("")
        for c in answer.sources:
            when = date_label(c.published)
            lines.append(f"[{c.n}] \u201c{c.quote}\u201d")
            lines.append(
                f"    \u2014 {c.title} ({c.outlet or 'unknown outlet'}, {when}) doc {c.doc_id} chars {c.start}-{c.end}"
            )
    if answer.incident_filters is not None and not answer.incident_filters.is_empty():
        lines.append(f"\nFilters: {answer.incident_filters.describe()}")
    elif not answer.filters_used.is_empty():
        lines.append(f"\nFilters: {answer.filters_used.describe()}")
    return "\n".join(lines)


_DATE = click.DateTime(formats=["%Y-%m-%d"])


def date_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--from / --to date filters (event dates for incidents, publication dates for passages)."""
    fn = click.option("--to", "date_to", type=_DATE, default=None, help="Up to this date (YYYY-MM-DD).")(fn)
    return click.option("--from", "date_from", type=_DATE, default=None, help="From this date (YYYY-MM-DD).")(fn)


def incident_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Place, radius, province, attack type and perpetrator filters; they override what the question says."""

    for opt in reversed(
        [
            click.option("--near", default=None, help="Place name: incidents within --radius km of it."),
            click.option("--radius", type=float, default=None, help="Radius in km for --near (default 50)."),
            click.option("--province", default=None, help="Incidents in this province (any spelling)."),
            click.option("--type", "attack_type", type=click.Choice(ATTACK_TYPES), default=None, help="Attack type."),
            click.option("--perpetrator", default=None, help="Perpetrator, e.g. ISIS."),
            click.option(
                "--dated-only",
                is_flag=True,
                help="Leave out incidents dated only by their report's date (shown as 'reported <date>').",
            ),
        ]
    ):
        fn = opt(fn)
    return date_options(fn)


def _incident_filters(
    near: str | None,
    radius: float | None,
    province: str | None,
    attack_type: str | None,
    perpetrator: str | None,
    dated_only: bool,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
) -> IncidentFilters:

    if not any((near, radius, province, attack_type, perpetrator, dated_only, date_from, date_to)):
        return IncidentFilters()  # nothing to read (the question parser is not even imported)
    from assistant.answering.question import filters_from

    try:
        return filters_from(
            near,
            radius,
            date_from.date() if date_from else None,
            date_to.date() if date_to else None,
            attack_type,
            province,
            perpetrator,
            dated_only,
        )
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@main.command()
@click.argument("question")
@incident_options
@click.option("--json", "as_json", is_flag=True, help="Print the structured Answer as JSON.")
@click.option(
    "--local",
    is_flag=True,
    help="Answer in this process even when `assistant serve` runs on the data dir (default: $DESK_ASK__LOCAL, or ask "
    "that app, whose models are loaded).",
)
@common
def ask(
    question: str,
    near: str | None,
    radius: float | None,
    province: str | None,
    attack_type: str | None,
    perpetrator: str | None,
    dated_only: bool,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    as_json: bool,
    local: bool,
    settings: Settings,
) -> None:
    """Answer a question from the corpus, every sentence cited to a verbatim quote.

    Listing and counting questions ("attacks near Kirkuk in 2022") are answered from every matching
    incident; the filters read from the question are shown, and the options override them. A running
    `assistant serve` on the same data dir answers in seconds (its models are loaded); --local answers here.
    """

    published = _filters(date_from, date_to)  # checks the range first, with a message naming the options
    overrides = _incident_filters(near, radius, province, attack_type, perpetrator, dated_only, date_from, date_to)
    live = sys.stderr.isatty() and not as_json
    shown = [""]

    def draft(event: str) -> None:
        # Stream the draft to the terminal; the checked answer is printed below it.
        if event != shown[0]:
            sys.stderr.write(printable(event[len(shown[0]) :] if event.startswith(shown[0]) else "\n" + event))
            sys.stderr.flush()
            shown[0] = event

    answer = None
    if not (local or settings.ask.local):
        served = ask_running_app(
            settings, question, published, overrides, draft if live else None, lambda line: _echo(line, err=True)
        )
        if served is not None:
            answer = served.answer
            if live and shown[0]:
                sys.stderr.write("\n\n")
            _echo(f"(answered by `assistant serve` at {served.url}, pid {served.pid}; --local answers here)", err=True)
    if answer is None:  # (no app answered: its ready file lives in the data dir, so a mistyped one gets here too)
        desk = _desk(settings)
        desk.require_corpus()  # else an empty one is made and answers 'No incidents match'
        for event in desk.ask_stream(question, published, overrides):
            if isinstance(event, Answer):
                answer = event
            elif isinstance(event, str) and live:
                draft(event)
        if live and shown[0]:
            sys.stderr.write("\n\n")
    assert answer is not None
    _echo(answer.model_dump_json(indent=2) if as_json else render_answer(answer))


@main.command()
@click.argument("question", required=False)
@incident_options
@click.option(
    "--out",
    "out_md",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also write the Markdown to this file.",
)
@click.option(
    "--html",
    "out_html",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also write a self-contained HTML page to this file.",
)
@click.option("--no-llm", is_flag=True, help="Paragraphs built from the incident records only (no language model).")
@common
def brief(
    question: str | None,
    near: str | None,
    radius: float | None,
    province: str | None,
    attack_type: str | None,
    perpetrator: str | None,
    dated_only: bool,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    out_md: Path | None,
    out_html: Path | None,
    no_llm: bool,
    settings: Settings,
) -> None:
    """Print a Markdown briefing: scope, totals, timeline and one cited paragraph per incident.

    QUESTION is optional free text ("Kirkuk in 2022"); the options override what it says.
    """

    desk = _desk(settings)
    _filters(date_from, date_to)  # checks the range first, with a message naming the options
    filters = _incident_filters(near, radius, province, attack_type, perpetrator, dated_only, date_from, date_to)
    desk.require_corpus()
    if question:
        from assistant.answering.question import parse_scope

        filters = parse_scope(question, filters)

    bar = tqdm(desc="paragraphs", unit="incident", file=sys.stderr, disable=no_llm)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    briefing = desk.brief(filters, narrate=not no_llm, on_paragraph=progress)
    bar.close()
    from assistant.briefing.export import to_html

    for path, text in ((out_md, briefing.markdown), (out_html, to_html(briefing) if out_html else "")):
        if path is not None:
            path.write_text(text, encoding="utf-8")
            click.echo(f"wrote {path}", err=True)
    _echo(briefing.markdown, nl=False)


@main.command()
@click.argument("question", required=False)
@incident_options
@click.option(
    "--format",
    "fmt",
    type=_LaterChoice(_export_formats),
    default=None,
    help="Output format (default: the --out file's suffix, else a table on the terminal).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the incidents to this file (csv, jsonl or geojson) instead of printing them.",
)
@common
def incidents(
    question: str | None,
    near: str | None,
    radius: float | None,
    province: str | None,
    attack_type: str | None,
    perpetrator: str | None,
    dated_only: bool,
    date_from: dt.datetime | None,
    date_to: dt.datetime | None,
    fmt: str | None,
    out: Path | None,
    settings: Settings,
) -> None:
    """List or export the incident records matching the filters, one row per incident, with their audit trail.

    QUESTION is optional free text ("attacks near Kirkuk in 2022"); the options override what it says. Columns
    follow event data (event_date, time_precision, admin1, latitude, geo_precision, actor1, fatalities_best ...)
    so the file joins with ACLED, UCDP or GTD; the ledger of what the list could not cover goes to stderr.
    """

    from assistant.answering.question import parse_question, parse_scope
    from assistant.incidents import export
    from assistant.incidents.ledger import ledger
    from assistant.incidents.query import names_place

    _filters(date_from, date_to)  # checks the range first, with a message naming the options
    filters = _incident_filters(near, radius, province, attack_type, perpetrator, dated_only, date_from, date_to)
    unknown = None
    if question:
        filters = parse_scope(question, filters)
        unknown = parse_question(question, dt.date.today()).unknown_place  # a place the gazetteer lacks
    if fmt is None:
        suffix = out.suffix.lower().lstrip(".") if out else ""
        fmt = {"csv": "csv", "jsonl": "jsonl", "ndjson": "jsonl", "geojson": "geojson"}.get(suffix, "table")
        if out is not None and fmt == "table":
            raise click.BadParameter(f"cannot tell the format from {out.name}: add --format csv|jsonl|geojson")
    if fmt == "table" and out is not None:
        raise click.BadParameter("--format table prints to the terminal: choose csv, jsonl or geojson for --out")
    desk = _desk(settings)
    desk.require_corpus()  # else an empty corpus is made there and the answer is 'No incidents match'
    found = desk.find_incidents(filters)
    if unknown:  # found by name in the records, never silently dropped from the scope
        found = [i for i in found if names_place(i, unknown)]
        _echo(f"Place \u201c{unknown}\u201d is not in the gazetteer: records naming it are listed", err=True)
    table = export.rows(found, desk.store.article_meta())
    if fmt == "table":
        for row in table:
            _echo(export.table_line(row))
    elif out is None:  # csv, jsonl or geojson: data, byte for byte what --out would write
        click.echo(export.to_text(table, fmt), nl=False)  # type: ignore[arg-type]
    else:
        export.write(table, fmt, out)  # type: ignore[arg-type]
        click.echo(f"wrote {len(table)} incident(s) to {out}", err=True)
    scope = filters.describe() if not filters.is_empty() else "no filters"
    _echo(f"Filters: {scope}", err=True)
    for line in ledger(desk.store, filters, found, named=unknown).lines():
        _echo(line, err=True)


@main.command(name="eval")
@click.option(
    "--dataset",
    type=_LaterChoice(_dataset_choices),
    default="all",
    show_default=True,
    help="seeds: questions on the seed articles; incidents: extraction vs gold; ucdp: generated UCDP cases; "
    "realworld, realworld2: held-out real-world sets (dev split), ucdp_headlines: real UCDP headlines vs GED (all "
    "three scored by code).",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N cases per dataset (a quick check).")
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path),
    default=None,
    help="Run folder (default evals/runs/<time>-<preset>-<dataset>); with --compare, a file for the comparison.",
)
@click.option(
    "--no-llm",
    is_flag=True,
    help="Only what needs no model: retrieval, extraction, answers from incident records, record-based briefings.",
)
@click.option("--no-narrate", is_flag=True, help="Briefings from the incident records only (no model paragraphs).")
@click.option(
    "--cases",
    "cases_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Your own cases (same JSONL schema), asked against the --dataset's documents.",
)
@click.option("--keep-store", is_flag=True, help="Keep the eval's own Chroma store in the run folder.")
@click.option(
    "--judge",
    is_flag=True,
    help="Also let the OpenAI-compatible server (DESK_LLM__BASE_URL) judge answers; reported beside the scores.",
)
@click.option(
    "--compare",
    nargs=2,
    type=click.Path(path_type=Path, exists=True),
    default=None,
    metavar="RUN_A RUN_B",
    help="Instead of running: show how run B differs from run A (run folders or results.json files).",
)
@click.option(
    "--final",
    is_flag=True,
    help="realworld*, questions*, trust: score the held-out final split too (once, at the end).",
)
@common
def eval_cmd(
    dataset: str,
    limit: int | None,
    out: Path | None,
    no_llm: bool,
    no_narrate: bool,
    cases_file: Path | None,
    keep_store: bool,
    judge: bool,
    compare: tuple[Path, Path] | None,
    final: bool,
    settings: Settings,
) -> None:
    """Score answers, abstention, citations, retrieval, listing and extraction on the eval datasets.

    Each run ingests the dataset's documents into a fresh store of its own (never your corpus) and writes
    results.json, report.md and PNG charts into the run folder. realworld and ucdp_headlines are scored by code
    (no model, no store, seconds); realworld shows its dev split only unless --final is given.
    """
    from assistant.evaluation.compare import compare as compare_runs
    from assistant.evaluation.judge import judge_llm
    from assistant.evaluation.report import fmt, write_report
    from assistant.evaluation.runner import default_run_dir, load_results, run_eval

    if compare:
        a, b = compare
        text = compare_runs(load_results(a), load_results(b), str(a), str(b))
        if out is not None:
            out.write_text(text, encoding="utf-8")
            click.echo(f"wrote {out}", err=True)
        click.echo(text, nl=False)
        return

    run_dir = out or default_run_dir(settings, dataset)
    bar = tqdm(unit="case", file=sys.stderr, dynamic_ncols=True)

    phase: list[Any] = [None]

    def progress(label: str, done: int, total: int) -> None:
        name, _, case = label.partition(": ")
        if phase[0] != (name, total):  # a new dataset or the ingest before it: restart the bar and its clock
            phase[0] = (name, total)
            bar.set_description_str(name if total else f"{name} (ingest)", refresh=False)
            bar.total = total or None
            bar.reset(total=bar.total)
        bar.n = done
        bar.set_postfix_str(case if total else "", refresh=False)
        bar.refresh()

    results = run_eval(
        dataset,
        settings,
        run_dir,
        limit=limit,
        use_llm=not no_llm,
        narrate=not no_narrate,
        cases_file=cases_file,
        keep_store=keep_store,
        progress=progress,
        judge=judge_llm(settings) if judge else None,
        final=final,
    )
    bar.close()
    report = write_report(results, run_dir)
    for name, d in results["datasets"].items():
        if "metrics" in d:
            m, ab = d["metrics"]["all"], d["metrics"]["abstention"]
            click.echo(
                f"{name}: {m['cases']} cases, accuracy {fmt(m['accuracy'])}, abstention P/R {fmt(ab['precision'])}/"
                f"{fmt(ab['recall'])}, citation recall {fmt(m['citation_recall'])} precision "
                f"{fmt(m['citation_precision'])}, unsupported claims shown {m.get('unsupported_shown', 0)}, "
                f"retrieval recall@3 {fmt(m['recall@3'])} MRR {fmt(m['mrr'])}, "
                f"listing P/R {fmt(m['listing_precision'])}/{fmt(m['listing_recall'])}, "
                f"total p50 {fmt(m['total_p50_s'], 's')} s"
                + (f", {m['skipped']} skipped" if m["skipped"] else "")
                + (f", judge accuracy {fmt(m['judge_accuracy'])}" if m["judged"] else "")
            )
        if "extraction" in d:
            e = d["extraction"]
            click.echo(
                f"{name}: extraction micro P/R/F1 {fmt(e['micro']['precision'])}/{fmt(e['micro']['recall'])}/"
                f"{fmt(e['micro']['f1'])}, {e['matched']}/{e['gold']} gold incidents matched"
            )
        if d.get("code_scored"):
            split = f", {' and '.join(d['splits'])} split" if d["splits"] else ""
            click.echo(f"{name} (scored by code{split}):\n{d['table']}")
    click.echo(f"report: {report} (wall time {fmt(results['run']['wall_s'], 's')} s)")


@main.command()
@wait_option
@common
def reindex(wait_s: float | None, settings: Settings) -> None:
    """Re-extract the incidents of every stored article (after an upgrade or an extractor change)."""

    desk = _desk(settings)
    with _writing(settings, "assistant reindex", wait_s, REINDEX_BUSY_HELP):
        bar = tqdm(total=desk.store.article_count(), unit="article", desc="reindex", file=sys.stderr)
        found, failed = desk.reindex_incidents(lambda article, n: bar.update(1), by=Actor.here("cli"))
        bar.close()
    for line in failed:
        click.secho(printable(f"kept old incidents  {line}"), fg="yellow", err=True)
    click.echo(f"{found} incidents from {desk.store.article_count()} articles in {desk.store.location}")
    if failed:
        sys.exit(1)


@main.command(name="export")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True, help="Replace FILE if it exists (without it, an existing FILE is refused).")
@wait_option
@common
def export_cmd(file: Path, force: bool, wait_s: float | None, settings: Settings) -> None:
    """Write the corpus to one .zip FILE: articles with their text and chunks, incident records, embedder, versions.

    It holds the writer lock while it reads, so the file is a consistent snapshot (this is the backup); with a Chroma
    server (no lock) it is consistent per article, not a snapshot, unless other writers are stopped. The zip holds
    manifest.json, articles.jsonl, incidents.jsonl and a README.txt describing them; `assistant import` reads it back.
    """

    desk = _desk(settings)
    desk.require_corpus()
    with _writing(settings, "assistant export", wait_s, BACKUP_BUSY_HELP), _export_progress() as progress:
        manifest = desk.export(file, progress, overwrite=force)
    _exported(desk, manifest, file)


@contextlib.contextmanager
def _export_progress() -> Iterator[Callable[[int, int], None]]:
    """An article progress bar on stderr for the block, as an on_article callback."""
    bar = tqdm(unit="article", desc="export", file=sys.stderr)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield progress
    finally:
        bar.close()


def _exported(desk: Desk, manifest: Manifest, file: Path) -> None:
    click.echo(
        f"wrote {manifest.articles} articles ({manifest.chunks} chunks) and {manifest.incidents} incident records "
        f"of {desk.store.location} to {file}"
    )


@main.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@wait_option
@common
def backup(folder: Path, wait_s: float | None, settings: Settings) -> None:
    """Export the corpus to FOLDER/incident-desk-<UTC time>.zip, a dated snapshot taken under the writer lock.

    A backup never replaces a file: a second one within the same second is named incident-desk-<UTC time>-2.zip.

    The file is an ordinary export: restore it into an empty (or any) data dir with `assistant import FILE`.
    """

    desk = _desk(settings)
    desk.require_corpus()
    with _writing(settings, "assistant backup", wait_s, BACKUP_BUSY_HELP), _export_progress() as progress:
        manifest, file = desk.backup(folder, progress)
    _exported(desk, manifest, file)


@main.command(name="import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@wait_option
@common
def import_cmd(file: Path, wait_s: float | None, settings: Settings) -> None:
    """Add the articles and incident records of an export FILE to the corpus, embedded with this embedder.

    The whole file is checked first: a damaged or newer file is refused, naming the problem, and nothing is written.
    Incident records are restored as exported, not re-extracted; articles already stored (same doc id) are skipped.
    """

    with _writing(settings, "assistant import", wait_s, IMPORT_BUSY_HELP):
        desk = _desk(settings)
        bar: list[Any] = []  # made once the file is read and checked: a refused file shows no bar

        def on_progress(done: int, total: int) -> None:
            if not bar:
                bar.append(tqdm(total=total, unit="article", desc="import", file=sys.stderr))
            bar[0].n = done
            bar[0].refresh()

        def on_file(result: FileResult) -> None:
            if result.status == "duplicate":
                tqdm.write(printable(f"skipped  {result.path}: {result.reason}, doc {result.doc_id}"), file=sys.stderr)

        report = desk.import_archive(file, on_file=on_file, on_progress=on_progress, by=Actor.here("cli"))
        for b in bar:
            b.close()
    articles, chunks = desk.store.counts()
    click.echo(
        f"{len(report.results)} article(s) in {file.name}: {report.count('added')} added, "
        f"{report.count('duplicate')} already in the corpus (skipped). "
        f"Corpus: {articles} articles, {chunks} chunks in {desk.store.location}"
    )


@main.command()
@click.argument("question")
@date_options
@click.option("-k", "--top-k", type=int, default=None, help="How many chunks to show.")
@common
def search(
    question: str, date_from: dt.datetime | None, date_to: dt.datetime | None, top_k: int | None, settings: Settings
) -> None:
    """Show the chunks retrieval finds for a question (no language model involved)."""

    desk = _desk(settings)
    desk.require_corpus()  # a mistyped --data-dir would get an empty corpus made there, and 'No relevant passages'
    hits = desk.retriever.retrieve(question, _filters(date_from, date_to), top_k=top_k)
    if not hits:
        click.echo("No relevant passages.")
    for i, h in enumerate(hits, 1):
        when = date_label(h.published)
        _echo(
            f"{i}. {h.title} ({h.outlet or 'unknown outlet'}, {when}) doc {h.chunk.doc_id} "
            f"chunk {h.chunk.index} score {h.score:.4f}"
        )
        _echo("   " + h.chunk.text[:300].replace("\n", " ") + ("\u2026" if len(h.chunk.text) > 300 else ""))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=7860, show_default=True, type=int, help="Port to listen on.")
@wait_option
@common
def serve(host: str, port: int, wait_s: float | None, settings: Settings) -> None:
    """Start the Gradio chat UI (it holds the data dir's writer lock while it runs: uploads, deletes, reindex)."""

    with _writing(settings, f"assistant serve --port {port}", wait_s):
        from assistant.app import serve as run_app

        run_app(settings, host=host, port=port)


@main.command()
@click.option("--all", "all_models", is_flag=True, help="Prepare every packaged model, not only the preset's.")
@common
def models(all_models: bool, settings: Settings) -> None:
    """Assemble the packaged GGUF model(s) into the cache and verify their sha256."""

    keys = list(MODELS) if all_models else [settings.llm.model]
    for key in keys:
        model = MODELS[key]
        bar = tqdm(unit="B", unit_scale=True, desc=f"assemble {key}", file=sys.stderr, leave=False)

        def progress(done: int, total: int, bar: Any = bar) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        path = assemble(model, settings.cache_dir, on_bytes=progress)
        bar.close()
        click.echo(f"{key}: {model.label} -> {path} (sha256 verified)")


if __name__ == "__main__":
    main()
