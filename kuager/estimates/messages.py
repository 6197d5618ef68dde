"""The words for every notice the estimates give: one place to read, review and translate."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from kuager.estimates.notices import Code, Notice

MESSAGES: dict[Code, Promise] = {
    Code.NOT_CSV: _("The file is not a CSV text file. Export the table from the spreadsheet "
                    "as CSV (UTF-8) and try again."),
    Code.EMPTY_FILE: _("The file is empty."),
    Code.MISSING_COUNT: _("The table has no 'count' column. It needs one 0/1 column per list "
                          "and a 'count' column with the number of incidents for each "
                          "combination of lists. Columns found: %(columns)s."),
    Code.MISSING_STRATUM: _("The table has no column '%(column)s' to split by. Columns found: "
                            "%(columns)s."),
    Code.DUPLICATE_COLUMN: _("The column '%(column)s' appears twice."),
    Code.NO_LISTS: _("The table has a count but no list columns."),
    Code.RAGGED_ROW: _("Line %(line)s has %(found)s cells where the header has %(expected)s."),
    Code.NOT_BINARY: _("Line %(line)s, column '%(column)s': '%(value)s' is not 0 or 1. Each "
                       "list column says whether the list recorded the incidents (1) or not "
                       "(0)."),
    Code.BAD_COUNT: _("Line %(line)s: the count '%(value)s' is not a whole number."),
    Code.NEGATIVE_COUNT: _("Line %(line)s: the count %(value)s is negative."),
    Code.UNOBSERVED_ROW: _("Line %(line)s counts %(count)s incidents recorded on no list. "
                           "Nobody can count those: they are what the estimate is for. "
                           "Remove the row or set its count to 0."),
    Code.EMPTY_STRATUM: _("Line %(line)s has no value in the column '%(column)s'."),
    Code.ONE_LIST: _("The table has only one list. An estimate of what no list recorded "
                     "needs at least two lists that recorded some of the same incidents."),
    Code.NO_RECORDS: _("The table records no incidents, so there is nothing to estimate from."),
    Code.TOO_FEW_LISTS: _("Fewer than two lists tell something about the others (the rest "
                          "recorded nobody, everybody, or the same incidents as another "
                          "list), so no estimate can be made."),
    Code.NO_OVERLAP: _("No incident is on more than one list. Estimates come from how often "
                       "lists record the same incidents; with no overlap at all the number "
                       "missed could be anything."),
    Code.NOT_FINITE: _("The model '%(model)s' has no finite estimate on this table: some "
                       "combination of lists that the model needs was never observed, so "
                       "the data are compatible with any number of unrecorded incidents."),
    Code.NOT_IDENTIFIABLE: _("The model '%(model)s' cannot be estimated from this table: it "
                             "has more unknowns than the overlaps between lists can "
                             "determine."),
    Code.NO_MODEL: _("No model has a finite estimate on this table, not even the one "
                     "with lists independent of each other (%(model)s): the overlaps "
                     "between lists are too few to say how many incidents were missed."),
    Code.BMA_LISTS: _("Bayesian model averaging is done for %(low)s to %(high)s lists; this "
                      "table has %(lists)s. Merge or leave out lists, or use another method."),
    Code.STRATA_INCOMPLETE: _("No total for all strata: these strata have no estimate of "
                              "their own: %(strata)s."),
    Code.CLOSED_POPULATION: _("Assumes a closed population: the same incidents could have "
                              "been recorded by every list, over the same period and area."),
    Code.LIST_DEPENDENCE: _("Assumes the models capture how lists depend on each other. "
                            "Incidents that are hard for every list to reach (hidden places, "
                            "victims who cannot complain) make the estimate too low."),
    Code.LINKAGE_ERRORS: _("Assumes records were matched correctly across lists. Missed "
                           "matches make the estimate too high; wrong matches make it too "
                           "low."),
    Code.DROPPED_EMPTY_LIST: _("The list '%(list)s' recorded no incident and was left out."),
    Code.DROPPED_FULL_LIST: _("The list '%(list)s' recorded every incident in the table, "
                              "so it says nothing about what was missed; it was left out."),
    Code.DROPPED_TWIN_LIST: _("The list '%(list)s' recorded exactly the same incidents as "
                              "'%(other)s' and was left out."),
    Code.EMPTY_OVERLAPS: _("These pairs of lists share no incident: %(pairs)s. Models "
                           "that let these lists depend on each other treat the shared cell "
                           "as impossible."),
    Code.SMALL_OVERLAPS: _("These pairs of lists share fewer than %(limit)s incidents: "
                           "%(pairs)s. Estimates that rest on such small overlaps are "
                           "unstable."),
    Code.ISOLATED_LIST: _("These lists share no incident with any other list: %(lists)s. "
                          "What they add to the total rests on the model, not the data."),
    Code.SMALL_LIST: _("These lists have fewer than %(limit)s incidents: %(lists)s."),
    Code.SPARSE_TABLE: _("The table is sparse: %(zeros)s of its %(cells)s combinations of "
                         "lists have no incident. Different models may give very different "
                         "totals."),
    Code.FEW_RECORDS: _("Only %(observed)s incidents were recorded; the interval is wide and "
                        "the estimate fragile."),
    Code.LARGE_DARK_FIGURE: _("The estimate (%(estimate)s) is more than five times the "
                              "%(observed)s incidents recorded: most of it is the unseen part, "
                              "which rests on the model more than on the data."),
    Code.OPEN_INTERVAL: _("The interval has no upper bound: the data are compatible with "
                          "very large totals. Only the lower bound (%(low)s) is usable."),
    Code.CLOSE_MODELS: _("%(models)s models are about as well supported by %(criterion)s as "
                         "the one chosen and give totals from %(low)s to %(high)s; the "
                         "interval does not include this uncertainty about the model."),
    Code.POSTERIOR_TRUNCATED: _("The posterior still had weight at %(limit)s incidents, the "
                                "largest total computed; the upper bound is too low."),
    Code.STRATA_SUM: _("The total adds up %(strata)s strata. This assumes each incident "
                       "belongs to one stratum only; a stratum with few records or overlaps "
                       "gives an unstable estimate."),
    Code.STRATA_BOUNDS: _("The interval for the total adds up the strata's bounds; it is "
                          "wider than a joint interval would be."),
    Code.STRATA_DISAGREE: _("Estimated without strata the total is %(pooled)s, outside the "
                            "interval of the strata added up (%(total)s). Lists seem to work "
                            "differently across strata; prefer the stratified total if every "
                            "stratum has enough overlaps."),
}


def render(notice: Notice) -> str:
    return str(MESSAGES[notice.code]) % notice.params
