"""Work by the as-of day: stints started, open ones closed where known, products launched then."""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from pedigree.analytics.valuations import happened_by
from pedigree.store.views import Views, period_end

# Ties through which a person works on an organisation's teams and products (not study, not a
# board seat).
WORK_KINDS = ("employment", "founder")


def of_people(table: ir.Table, people: ir.Table | None) -> ir.Table:
    """`table` restricted to the people in `people` (a table with `person_id`), if given."""
    if people is None:
        return table
    wanted = people.select(_wanted="person_id")
    return table.semi_join(wanted, table.person_id == wanted._wanted)


def started_work(views: Views, people: ir.Table | None = None) -> ir.Table:
    """Employment and founding ties that had started by the as-of day, as stated."""
    stints = of_people(views.stints, people)
    return stints.filter(stints.kind.isin(WORK_KINDS), happened_by(stints.start_date, views))


def work_stints(views: Views, people: ir.Table | None = None) -> ir.Table:
    """`started_work`, each open-ended stint closed where the person is known to have left
    (`with_known_ends`)."""
    return with_known_ends(started_work(views, people))


def with_known_ends(stints: ir.Table) -> ir.Table:
    """`stints` with an unknown end filled in where another tie of the person at the same
    organisation says when they left: a co-founder (no end) who was its CTO 2015–2017 left in
    2017, and gets no credit for its 2021 launch. The latest end at the organisation is taken,
    when it is not before the open stint began; nothing is filled when the stint or any tie
    there is current (现任), or no tie there has an end."""
    # Only open stints (no end, not current: 15% of the work stints at 1M) can be closed, and
    # only by the ends at their own organisations: the rest pass through untouched, so the
    # grouping and the join see those few (the join of every stint cost ~5 s at 1M).
    current = stints.current.fill_null(False)
    is_open = stints.end_date.isnull() & ~current
    still_open = stints.filter(is_open)
    open_at = still_open.select(_p="person_id", _o="org_id").distinct()
    left = stints.filter(stints.end_date.notnull(), ~current)
    left = left.semi_join(open_at, [left.person_id == open_at._p, left.org_id == open_at._o])
    left = left.group_by(_person="person_id", _org="org_id").aggregate(
        _left=left.end_date.max(), _left_precision=left.end_precision.argmax(left.end_date)
    )
    still = stints.filter(current).select(_p="person_id", _o="org_id").distinct()
    left = left.anti_join(still, [left._person == still._p, left._org == still._o])
    joined = still_open.left_join(
        left, [still_open.person_id == left._person, still_open.org_id == left._org]
    )
    close = joined._left.notnull() & (
        joined.start_date.isnull() | (joined.start_date <= joined._left)
    )
    closed = joined.mutate(
        end_date=ibis.ifelse(close, joined._left, joined.end_date),
        end_precision=ibis.ifelse(close, joined._left_precision, joined.end_precision),
    ).drop("_person", "_org", "_left", "_left_precision")
    return stints.filter(~is_open).union(closed, distinct=False)



def during(when: ir.DateValue, precision: ir.StringValue, stints: ir.Table) -> ir.BooleanValue:
    """Whether a dated event (a launch) falls within a stint. Periods overlap: a launch in 2023 is
    within a stint starting 2023-06. An unknown date on either side is given the benefit of the
    doubt, as spin-outs are in `pedigree.analytics.spinouts`."""
    after_start = stints.start_date.isnull() | (period_end(when, precision) >= stints.start_date)
    before_end = stints.end_date.isnull() | (
        when <= period_end(stints.end_date, stints.end_precision)
    )
    return when.isnull() | (after_start & before_end)


def products_during(views: Views, work: ir.Table) -> ir.Table:
    """(stint, product) for every product of a stint's organisation launched while the person
    was there, and launched by the as-of day."""
    products = views.products
    products = products.filter(happened_by(products.launched, views)).select(
        _product_id="id",
        _product_org="org_id",
        _product_name="name",
        _product_sector="sector",
        _launched="launched",
        _launched_precision="launched_precision",
    )
    joined = work.join(products, work.org_id == products._product_org)
    return joined.filter(during(joined._launched, joined._launched_precision, joined))
