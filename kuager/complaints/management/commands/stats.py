"""`kuager stats funnel [--json] [--year Y] [--region CODE]`: the accountability funnel."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kuager.cases.models import Case
from kuager.complaints.filters import FunnelFilter
from kuager.complaints.funnel import funnel
from kuager.places.gazetteer import Gazetteer
from kuager.vocab.lookup import TermLookup


class Command(BaseCommand):
    help = "Allegations → complaints → registered → investigations → charges → trials → " \
           "convictions, with the share closed as not proven and median days."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("report", choices=["funnel"])
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--year", type=int)
        parser.add_argument("--region", help="ISO code or any known name")
        parser.add_argument("--facility", help="Legacy code or any known name")
        parser.add_argument("--office", default="")
        parser.add_argument("--channel", help="Channel code or label")

    def handle(self, *args: Any, **options: Any) -> None:
        places = Gazetteer.load()
        chosen = FunnelFilter(year=options["year"], office=options["office"])
        if options["region"]:
            region = places.region(options["region"])
            if region is None:
                raise CommandError(f"Unknown region {options['region']!r}.")
            chosen.region = region.pk
        if options["facility"]:
            facility = places.facility(options["facility"])
            if facility is None:
                raise CommandError(f"Unknown facility {options['facility']!r}.")
            chosen.facility = facility.pk
        if options["channel"]:
            channel = TermLookup.load("channels").find(options["channel"])
            if channel is None:
                raise CommandError(f"Unknown channel {options['channel']!r}.")
            chosen.channel = channel.pk
        result = funnel(chosen.apply(Case.objects.all()))
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), indent=2))
            return
        self.stdout.write(f"{'Allegations':<28}{result.allegations:>8}")
        for stage in result.stages:
            median = f"{stage.median_days:.0f} days" if stage.median_days is not None else "—"
            self.stdout.write(f"{stage.label:<28}{stage.cases:>8}   median {median}")
        share = result.not_proven_share
        shown = f"{share:.0%} of registered" if share is not None else "—"
        self.stdout.write(f"{'Closed as not proven':<28}{result.not_proven:>8}   {shown}")
