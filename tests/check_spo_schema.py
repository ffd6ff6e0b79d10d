#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
# check_spo_schema.py SCHEMA FILE...: validates the first YAML document of each FILE against the
# JSON schema SCHEMA (python3-jsonschema, python3-yaml). Prints "FILE: path: message" for every
# violation and exits 1 when there was one, 2 when a file cannot be read.
import json
import sys

import jsonschema
import yaml

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
validator = jsonschema.Draft202012Validator(schema)
bad = False
for path in sys.argv[2:]:
    try:
        with open(path, encoding="utf-8") as f:
            docs = [d for d in yaml.safe_load_all(f) if d is not None]
    except (OSError, yaml.YAMLError) as e:
        print(f"{path}: {e}")
        sys.exit(2)
    for error in validator.iter_errors(docs[0] if docs else None):
        where = "/".join(str(p) for p in error.absolute_path) or "(document)"
        print(f"{path}: {where}: {error.message}")
        bad = True
sys.exit(1 if bad else 0)
