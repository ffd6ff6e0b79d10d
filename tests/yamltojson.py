#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
# Parses every YAML file given (all documents, with PyYAML's safe loader) and prints one JSON
# object mapping each file to its list of documents, or to {"error": ...} when it does not parse.
import json
import sys

import yaml

out = {}
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as f:
            out[path] = [d for d in yaml.safe_load_all(f) if d is not None]
    except yaml.YAMLError as e:
        out[path] = {"error": str(e)}
json.dump(out, sys.stdout)
