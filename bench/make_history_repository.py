#!/usr/bin/python3
"""Builds a git repository holding a long history of one large roadmap, for the history
benchmarks: the first commit is a generated roadmap (orrery-cli generate), each later one
changes a few missions as planners do (a start slips, an end moves, a note is rewritten, a
partner joins), authored by a planner of the mission's lead agency.

    make_history_repository.py ORRERY_CLI FOLDER [--commits 1000] [--missions 1000]

The text of each version is what Orrery writes (canonical), so that git stores small deltas
as it would for a real roadmap. git fast-import writes the whole history in one go.
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

FILE = "plan.roadmap.json"


def canonical(document):
    # Orrery's canonical layout is nlohmann/json's dump(2): Python's indent=2 with the same
    # separators and UTF-8 kept as it is.
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# The order of a mission's keys in Orrery's canonical text (docs/file-format.md).
MISSION_KEYS = ["id", "name", "lead", "partners", "destination", "crew", "status", "start", "end",
                "objectives", "requires", "needs", "needsKnowledge", "provides", "closes", "notes",
                "references"]


def in_canonical_order(mission):
    known = [key for key in MISSION_KEYS if key in mission]
    others = sorted(key for key in mission if key not in MISSION_KEYS)
    return {key: mission[key] for key in known + others}


def shifted(date, months):
    parts = date.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 1
    total = year * 12 + (month - 1) + months
    year, month = divmod(total, 12)
    if len(parts) == 1:
        return f"{year:04d}"
    return f"{year:04d}-{month + 1:02d}"


def change_some(document, rng, number):
    missions = document["missions"]
    agencies = [agency["id"] for agency in document["agencies"]]
    changed = []
    for mission in rng.sample(missions, rng.randint(1, 3)):
        what = rng.random()
        if what < 0.45:
            months = rng.choice([-6, -3, 3, 6, 12, 24])
            mission["start"] = shifted(mission["start"], months)
            if "end" in mission:
                mission["end"] = shifted(mission["end"], months)
            changed.append(f"{mission['id']} {'slips' if months > 0 else 'advances'} "
                           f"{abs(months)} months")
        elif what < 0.65 and "end" in mission:
            mission["end"] = shifted(mission["end"], rng.choice([6, 12]))
            changed.append(f"{mission['id']} extended")
        elif what < 0.85:
            mission["notes"] = f"Reviewed in planning round {number}."
            changed.append(f"{mission['id']} notes")
        else:
            partner = rng.choice(agencies)
            if partner != mission["lead"] and partner not in mission.get("partners", []):
                mission.setdefault("partners", []).append(partner)
            changed.append(f"{mission['id']} partners")
    document["missions"] = [in_canonical_order(mission) for mission in missions]
    return changed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("orrery_cli")
    parser.add_argument("folder")
    parser.add_argument("--commits", type=int, default=1000)
    parser.add_argument("--missions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()

    folder = Path(arguments.folder)
    if folder.exists() and any(folder.iterdir()):
        sys.exit(f"{folder}: not empty")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        generated = Path(scratch) / FILE
        subprocess.run([arguments.orrery_cli, "generate", "--missions", str(arguments.missions),
                        "--seed", str(arguments.seed), "-o", str(generated)], check=True,
                       stdout=subprocess.DEVNULL)
        document = json.loads(generated.read_text(encoding="utf-8"))

    subprocess.run(["git", "init", "-q", "-b", "main", str(folder)], check=True)
    rng = random.Random(arguments.seed)
    importer = subprocess.Popen(["git", "fast-import", "--quiet"], cwd=folder,
                                stdin=subprocess.PIPE)
    time = 1_600_000_000
    for number in range(arguments.commits):
        if number == 0:
            message = f"{arguments.missions} missions as first planned"
            lead = "ISECG"
        else:
            # Every commit changes the file: a partner already there is tried again.
            before = canonical(document)
            changed = change_some(document, rng, number)
            while canonical(document) == before:
                changed = change_some(document, rng, number)
            message = "; ".join(changed)
            lead = next(m["lead"] for m in document["missions"]
                        if m["id"] == changed[0].split()[0])
        data = canonical(document).encode("utf-8")
        text = message.encode("utf-8")
        time += 3600 * rng.randint(1, 72)
        stream = (f"commit refs/heads/main\n"
                  f"committer {lead} planner <planner@{lead.lower()}.example> {time} +0000\n"
                  f"data {len(text)}\n").encode() + text + b"\n"
        stream += f"M 100644 inline {FILE}\ndata {len(data)}\n".encode() + data + b"\n"
        importer.stdin.write(stream)
    importer.stdin.close()
    if importer.wait() != 0:
        sys.exit("git fast-import failed")
    subprocess.run(["git", "checkout", "-q", "main"], cwd=folder, check=True)
    print(f"{folder}: {arguments.commits} commits of {FILE} "
          f"({arguments.missions} missions)")


if __name__ == "__main__":
    main()
