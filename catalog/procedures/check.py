#!/usr/bin/env python3
"""Check the procedure catalogue (catalog/procedures/*.json) against README.md.

Usage: python3 catalog/procedures/check.py [directory]

Prints every problem as `<file>: <path>: <message>`, then counts (total, online,
per category, per assurance), and exits with status 1 when there is any problem.
Standard library only.

Two kinds of problem are reported:
  * rules written in README.md (required keys, types, allowed values, ...);
  * `lint:` rules that README.md implies but does not spell out (a condition's
    value must be one of the referenced field's options, a condition must refer
    to a question asked earlier, no unknown keys, ...). The catalogue keeps to
    both, so that a stricter or a more lenient reading of README.md accepts it.
"""

import collections
import json
import pathlib
import re
import sys

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HIRAGANA_READING = re.compile(r"^[\u3041-\u3096\u309d\u309e\u30fc ]+$")

DEPARTMENTS = {
    "soumu": "総務課",
    "jumin": "住民課",
    "zeimu": "税務課",
    "kenko-fukushi": "健康福祉課",
    "kosodate": "子育て支援課",
    "kyoiku": "教育振興課",
    "kensetsu": "建設課",
    "norin": "農林課",
    "shoko-kanko": "商工観光・自然環境課",
    "machizukuri": "まちづくり推進課",
    "bosai": "危機管理・防災安全課",
    "digital": "情報デジタル推進課",
}
CATEGORIES = ["総務", "証明書", "引越し", "税", "健康・医療", "福祉", "子育て", "衛生", "情報", "建設", "災害", "給付"]
APPLICANTS = ["本人", "同一世帯", "代理人"]
ASSURANCE = ["none", "account", "card-login", "card-signature"]
CHANNELS = ["online", "counter", "convenience-store", "post"]
LIFE_EVENTS = ["転入", "転出", "転居", "出生", "死亡", "婚姻", "離婚", "妊娠", "入学", "就職", "退職",
               "65歳到達", "75歳到達", "住宅", "事業", "農業", "災害", "ペット"]
FIELD_TYPES = ["text", "textarea", "katakana", "number", "money", "date", "postal-code", "address", "phone",
               "email", "select", "radio", "checkbox", "yesno", "bank-account", "file", "group", "consent"]
TEXT_LIKE = {"text", "textarea", "katakana", "address", "phone", "email"}
WITH_OPTIONS = {"select", "radio", "checkbox"}
NUMERIC = {"number", "money"}
FILE_KINDS = ["pdf", "jpeg", "png"]
PREFILL = {
    # source: field types that can hold it (lint)
    "resident.name": {"text"},
    "resident.kana": {"katakana", "text"},
    "resident.birthDate": {"date"},
    "resident.sex": {"radio", "select", "text"},
    "resident.postalCode": {"postal-code"},
    "resident.address": {"address"},
    "resident.email": {"email"},
    "resident.phone": {"phone"},
    "household.members": {"group"},
}
HOUSEHOLD_MEMBER_FIELDS = ["name", "kana", "birthDate", "relationship"]

PROCEDURE_KEYS = {
    # key: required
    "id": True, "version": True, "name": True, "reading": True, "summary": True, "department": True,
    "category": True, "subcategory": False, "applicants": True, "assurance": True, "attachments": False,
    "fee": True, "processingDays": True, "channels": True, "lifeEvents": False, "legalBasis": False,
    "keywords": False, "bring": False, "published": True, "form": False,
}
FORM_KEYS = {"pages", "declaration"}
PAGE_KEYS = {"id", "title", "fields", "showIf"}
FIELD_KEYS = {"id", "type", "label", "hint", "required", "requiredIf", "showIf", "maxLength", "min", "max",
              "options", "prefill", "fields", "accept"}
ATTACHMENT_KEYS = {"id": True, "name": True, "required": True, "hint": False}
PLACEHOLDERS = re.compile(r"\b(?:TODO|FIXME|TBD|XXX)\b|(?i:lorem|ipsum)|○○|〇〇|××|ダミー|仮テキスト")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_str(v):
    return isinstance(v, str) and v.strip() != ""


def is_str_list(v, allow_empty=False):
    return isinstance(v, list) and (allow_empty or v) and all(is_str(x) for x in v)


class Checker:
    def __init__(self, directory):
        self.directory = pathlib.Path(directory)
        self.problems = []
        self.procedures = []

    def problem(self, file, path, message):
        self.problems.append(f"{file}: {path}: {message}")

    # ---------------------------------------------------------------- procedure
    def check_file(self, path):
        try:
            file = path.resolve().relative_to(REPO_ROOT).as_posix()
        except ValueError:
            file = str(path)
        try:
            raw = path.read_bytes()
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self.problem(file, "(file)", "not UTF-8")
            return
        if text.startswith("\ufeff"):
            self.problem(file, "(file)", "lint: UTF-8 byte-order mark")
            text = text[1:]
        try:
            p = json.loads(text, object_pairs_hook=self.no_duplicate_keys(file))
        except ValueError as e:
            self.problem(file, "(file)", f"invalid JSON: {e}")
            return
        if not isinstance(p, dict):
            self.problem(file, "(root)", "must be an object")
            return
        self.procedures.append((file, p))
        P = lambda key, msg: self.problem(file, key, msg)

        for key in p:
            if key not in PROCEDURE_KEYS:
                P(key, "lint: unknown key")
        for key, required in PROCEDURE_KEYS.items():
            if required and key not in p:
                P(key, "required key missing")

        if "id" in p:
            if not isinstance(p["id"], str) or not SLUG.match(p["id"]):
                P("id", f"must match {SLUG.pattern}")
            elif p["id"] != path.stem:
                P("id", f"'{p['id']}' differs from the file name '{path.stem}'")
        if "version" in p and not (is_int(p["version"]) and p["version"] >= 1):
            P("version", "must be an integer ≥ 1")
        for key in ("name", "reading", "summary"):
            if key in p and not is_str(p[key]):
                P(key, "must be a non-empty string")
        if is_str(p.get("reading")) and not HIRAGANA_READING.match(p["reading"]):
            P("reading", "must be hiragana (spaces and ー allowed)")
        if is_str(p.get("summary")) and not p["summary"].rstrip().endswith("。"):
            P("summary", "lint: should be whole sentences ending in 。")
        if "department" in p and p["department"] not in DEPARTMENTS:
            P("department", f"unknown department code {p['department']!r}")
        if "category" in p and p["category"] not in CATEGORIES:
            P("category", f"unknown category {p['category']!r}")
        if "subcategory" in p and not is_str(p["subcategory"]):
            P("subcategory", "must be a non-empty string")
        self.check_enum_list(file, p, "applicants", APPLICANTS, required=True)
        if "assurance" in p and p["assurance"] not in ASSURANCE:
            P("assurance", f"unknown assurance {p['assurance']!r}")
        if "fee" in p and not (p["fee"] is None or (is_int(p["fee"]) and p["fee"] >= 0)):
            P("fee", "must be null or an integer ≥ 0 (yen)")
        if "processingDays" in p and not (is_int(p["processingDays"]) and p["processingDays"] >= 0):
            P("processingDays", "must be an integer ≥ 0")
        self.check_enum_list(file, p, "channels", CHANNELS, required=True)
        self.check_enum_list(file, p, "lifeEvents", LIFE_EVENTS, required=False)
        if "legalBasis" in p and not is_str(p["legalBasis"]):
            P("legalBasis", "must be a non-empty string")
        for key in ("keywords", "bring"):
            if key in p:
                if not is_str_list(p[key]):
                    P(key, "must be a non-empty array of non-empty strings")
                elif len(set(p[key])) != len(p[key]):
                    P(key, "lint: duplicate entries")
        if "published" in p and not isinstance(p["published"], bool):
            P("published", "must be true or false")
        if "attachments" in p:
            self.check_attachments(file, p["attachments"])

        channels = p.get("channels") if isinstance(p.get("channels"), list) else []
        if "online" in channels and "form" not in p:
            P("form", "required because channels contains 'online'")
        if "form" in p:
            self.check_form(file, p["form"])

        for where, s in self.strings(p, ""):
            if PLACEHOLDERS.search(s):
                P(where or "(root)", f"lint: placeholder text {PLACEHOLDERS.search(s).group(0)!r}")

    def no_duplicate_keys(self, file):
        def hook(pairs):
            seen = {}
            for k, v in pairs:
                if k in seen:
                    self.problem(file, k, "duplicate key in a JSON object")
                seen[k] = v
            return seen
        return hook

    def strings(self, node, where):
        if isinstance(node, str):
            yield where, node
        elif isinstance(node, list):
            for i, x in enumerate(node):
                yield from self.strings(x, f"{where}[{i}]")
        elif isinstance(node, dict):
            for k, x in node.items():
                yield from self.strings(x, f"{where}.{k}" if where else k)

    def check_enum_list(self, file, p, key, allowed, required):
        if key not in p:
            return
        v = p[key]
        if not isinstance(v, list) or (required and not v):
            self.problem(file, key, "must be a non-empty array" if required else "must be an array")
            return
        for i, x in enumerate(v):
            if x not in allowed:
                self.problem(file, f"{key}[{i}]", f"{x!r} is not one of {', '.join(allowed)}")
        if len(set(map(str, v))) != len(v):
            self.problem(file, key, "lint: duplicate entries")

    def check_attachments(self, file, attachments):
        if not isinstance(attachments, list):
            self.problem(file, "attachments", "must be an array")
            return
        ids = set()
        for i, a in enumerate(attachments):
            where = f"attachments[{i}]"
            if not isinstance(a, dict):
                self.problem(file, where, "must be an object")
                continue
            for key in a:
                if key not in ATTACHMENT_KEYS:
                    self.problem(file, f"{where}.{key}", "lint: unknown key")
            for key, required in ATTACHMENT_KEYS.items():
                if required and key not in a:
                    self.problem(file, f"{where}.{key}", "required key missing")
            if "id" in a:
                if not isinstance(a["id"], str) or not SLUG.match(a["id"]):
                    self.problem(file, f"{where}.id", f"must match {SLUG.pattern}")
                elif a["id"] in ids:
                    self.problem(file, f"{where}.id", f"duplicate attachment id {a['id']!r}")
                else:
                    ids.add(a["id"])
            for key in ("name", "hint"):
                if key in a and not is_str(a[key]):
                    self.problem(file, f"{where}.{key}", "must be a non-empty string")
            if "required" in a and not isinstance(a["required"], bool):
                self.problem(file, f"{where}.required", "must be true or false")

    # --------------------------------------------------------------------- form
    def check_form(self, file, form):
        F = lambda where, msg: self.problem(file, where, msg)
        if not isinstance(form, dict):
            F("form", "must be an object")
            return
        for key in form:
            if key not in FORM_KEYS:
                F(f"form.{key}", "lint: unknown key")
        if not is_str(form.get("declaration")):
            F("form.declaration", "required, a non-empty string")
        pages = form.get("pages")
        if not isinstance(pages, list) or not pages:
            F("form.pages", "must be a non-empty array")
            return

        # First pass: every top-level field id in form order, with its page index.
        top = collections.OrderedDict()  # id -> (field, page index, order)
        order = 0
        page_ids = set()
        for pi, page in enumerate(pages):
            if not isinstance(page, dict) or not isinstance(page.get("fields"), list):
                continue
            for fi, field in enumerate(page["fields"]):
                if isinstance(field, dict) and isinstance(field.get("id"), str):
                    fid = field["id"]
                    if fid in top:
                        F(f"form.pages[{pi}].fields[{fi}].id", f"duplicate field id {fid!r} in the form")
                    else:
                        top[fid] = (field, pi, order)
                order += 1

        order = 0
        for pi, page in enumerate(pages):
            where = f"form.pages[{pi}]"
            if not isinstance(page, dict):
                F(where, "must be an object")
                continue
            for key in page:
                if key not in PAGE_KEYS:
                    F(f"{where}.{key}", "lint: unknown key")
            if not isinstance(page.get("id"), str) or not SLUG.match(page["id"]):
                F(f"{where}.id", f"required, must match {SLUG.pattern}")
            elif page["id"] in page_ids:
                F(f"{where}.id", f"duplicate page id {page['id']!r}")
            else:
                page_ids.add(page["id"])
            if not is_str(page.get("title")):
                F(f"{where}.title", "required, a non-empty string")
            if "showIf" in page:
                self.check_condition(file, f"{where}.showIf", page["showIf"], top, None,
                                     must_precede=("page", pi))
            fields = page.get("fields")
            if not isinstance(fields, list) or not fields:
                F(f"{where}.fields", "must be a non-empty array")
                continue
            for fi, field in enumerate(fields):
                self.check_field(file, f"{where}.fields[{fi}]", field, top, None, order)
                order += 1

    def check_field(self, file, where, field, top, group, order):
        F = lambda w, msg: self.problem(file, w, msg)
        if not isinstance(field, dict):
            F(where, "must be an object")
            return
        for key in field:
            if key not in FIELD_KEYS:
                F(f"{where}.{key}", "lint: unknown key")
        fid = field.get("id")
        ftype = field.get("type")
        in_household_group = group is not None and group.get("prefill") == "household.members"
        if not isinstance(fid, str) or not (SLUG.match(fid) or (in_household_group and fid in HOUSEHOLD_MEMBER_FIELDS)):
            F(f"{where}.id", f"required, must match {SLUG.pattern}")
        if ftype not in FIELD_TYPES:
            F(f"{where}.type", f"unknown field type {ftype!r}")
        if not is_str(field.get("label")):
            F(f"{where}.label", "required, a non-empty string")
        if "hint" in field and not is_str(field["hint"]):
            F(f"{where}.hint", "must be a non-empty string")
        if "required" in field and not isinstance(field["required"], bool):
            F(f"{where}.required", "must be true or false")
        if field.get("required") is True and "requiredIf" in field:
            F(f"{where}.requiredIf", "lint: both required: true and requiredIf; use one")

        for key in ("showIf", "requiredIf"):
            if key in field:
                self.check_condition(file, f"{where}.{key}", field[key], top, group,
                                     must_precede=("field", order), self_id=fid)

        if "maxLength" in field:
            if ftype not in TEXT_LIKE:
                F(f"{where}.maxLength", f"only for text-like fields ({', '.join(sorted(TEXT_LIKE))})")
            elif not (is_int(field["maxLength"]) and field["maxLength"] >= 1):
                F(f"{where}.maxLength", "must be an integer ≥ 1")
        for key in ("min", "max"):
            if key in field:
                if ftype not in NUMERIC | {"group"}:
                    F(f"{where}.{key}", "only for number, money and group")
                elif not is_int(field[key]) or (ftype == "group" and field[key] < 0):
                    F(f"{where}.{key}", "must be an integer" + (" ≥ 0" if ftype == "group" else ""))
        if is_int(field.get("min")) and is_int(field.get("max")) and field["min"] > field["max"]:
            F(f"{where}.min", "greater than max")

        if ftype in WITH_OPTIONS:
            opts = field.get("options")
            if not is_str_list(opts):
                F(f"{where}.options", f"required for {ftype}: a non-empty array of strings")
            elif len(set(opts)) != len(opts):
                F(f"{where}.options", "duplicate options")
            elif ftype in ("select", "radio") and len(opts) < 2:
                F(f"{where}.options", f"lint: a {ftype} needs at least two options")
        elif "options" in field:
            F(f"{where}.options", "only for select, radio and checkbox")

        if "accept" in field:
            if ftype != "file":
                F(f"{where}.accept", "only for file")
            elif not isinstance(field["accept"], list) or not field["accept"] or \
                    any(x not in FILE_KINDS for x in field["accept"]):
                F(f"{where}.accept", f"must be a non-empty array of {', '.join(FILE_KINDS)}")

        if "prefill" in field:
            src = field["prefill"]
            if src not in PREFILL:
                F(f"{where}.prefill", f"unknown prefill source {src!r}")
            else:
                if ftype in FIELD_TYPES and ftype not in PREFILL[src]:
                    F(f"{where}.prefill", f"lint: {src} does not fit a {ftype} field")
                if group is not None:
                    F(f"{where}.prefill", "lint: prefill inside a group entry")
                if src == "household.members" and ftype == "group":
                    child_ids = [c.get("id") for c in field.get("fields", []) if isinstance(c, dict)]
                    if sorted(child_ids) != sorted(HOUSEHOLD_MEMBER_FIELDS):
                        F(f"{where}.fields", "a household.members group has exactly the fields "
                                             + ", ".join(HOUSEHOLD_MEMBER_FIELDS))

        if ftype == "group":
            children = field.get("fields")
            if group is not None:
                F(where, "no nested groups")
            if not isinstance(children, list) or not children:
                F(f"{where}.fields", "a group needs a non-empty array of fields")
            else:
                seen = set()
                for ci, child in enumerate(children):
                    cw = f"{where}.fields[{ci}]"
                    if isinstance(child, dict):
                        cid = child.get("id")
                        if cid in seen:
                            F(f"{cw}.id", f"duplicate field id {cid!r} in the group")
                        seen.add(cid)
                        if child.get("type") == "group":
                            F(cw, "no nested groups")
                            continue
                    self.check_field(file, cw, child, top, field, ci)
        elif "fields" in field:
            F(f"{where}.fields", "only for group")

    def check_condition(self, file, where, cond, top, group, must_precede, self_id=None):
        F = lambda msg: self.problem(file, where, msg)
        if not isinstance(cond, dict):
            F("condition must be an object")
            return
        ops = [k for k in ("equals", "in", "notEmpty") if k in cond]
        extra = [k for k in cond if k not in ("field", "equals", "in", "notEmpty")]
        if extra:
            F(f"unknown key(s) {extra}")
        if len(ops) != 1:
            F("needs exactly one of equals, in, notEmpty")
        if not isinstance(cond.get("field"), str):
            F("needs 'field' (a field id)")
            return
        if "equals" in cond and not isinstance(cond["equals"], str):
            F("'equals' must be a string")
        if "in" in cond and not is_str_list(cond["in"]):
            F("'in' must be a non-empty array of strings")
        if "notEmpty" in cond and cond["notEmpty"] is not True:
            F("'notEmpty' must be true")

        ref = cond["field"]
        if ref == self_id:
            F("a field's condition refers to the field itself")
            return
        target = None
        if group is not None:
            siblings = {c.get("id"): c for c in group.get("fields", []) if isinstance(c, dict)}
            if ref in siblings:
                target = siblings[ref]
                kind, pos = must_precede
                sib_order = [c.get("id") for c in group["fields"] if isinstance(c, dict)]
                if sib_order.index(ref) >= pos:
                    F(f"lint: condition refers to {ref!r}, which comes later in the group entry")
        if target is None:
            if ref not in top:
                F(f"refers to unknown field {ref!r}")
                return
            target, ref_page, ref_order = top[ref]
            kind, pos = must_precede
            if group is None:
                if kind == "page" and ref_page >= pos:
                    F(f"lint: page condition refers to {ref!r}, which is not on an earlier page")
                if kind == "field" and ref_order >= pos:
                    F(f"lint: condition refers to {ref!r}, which comes later in the form")
        ttype = target.get("type")
        values = []
        if "equals" in cond and isinstance(cond["equals"], str):
            values = [cond["equals"]]
        elif "in" in cond and isinstance(cond["in"], list):
            values = cond["in"]
        if values:
            if ttype in ("select", "radio"):
                opts = target.get("options") or []
                for v in values:
                    if v not in opts:
                        F(f"lint: {v!r} is not an option of {ref!r}")
            elif ttype == "yesno":
                for v in values:
                    if v not in ("yes", "no"):
                        F(f"a yesno field's values are 'yes' and 'no', not {v!r}")
            elif ttype in ("checkbox", "group", "file", "consent", "bank-account"):
                F(f"lint: use notEmpty for a {ttype} field (equals/in are not defined for it)")

    # ------------------------------------------------------------------ summary
    def run(self):
        files = sorted(self.directory.glob("*.json"))
        if not files:
            self.problem(str(self.directory), "(dir)", "no procedure files")
        for path in files:
            self.check_file(path)
        names = collections.Counter(p.get("name") for _, p in self.procedures)
        for file, p in self.procedures:
            if names[p.get("name")] > 1:
                self.problem(file, "name", f"lint: name {p.get('name')!r} used by more than one procedure")
        return self.problems


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent
    checker = Checker(directory)
    problems = checker.run()
    for line in problems:
        print(line)

    procs = [p for _, p in checker.procedures]
    online = [p for p in procs if "online" in (p.get("channels") or [])]
    print()
    print(f"procedures: {len(procs)}  published: {sum(1 for p in procs if p.get('published') is True)}"
          f"  online: {len(online)}  counter-only: {sum(1 for p in procs if p.get('channels') == ['counter'])}")
    print(f"convenience-store: {sum(1 for p in procs if 'convenience-store' in (p.get('channels') or []))}"
          f"  with fee: {sum(1 for p in procs if p.get('fee'))}")
    print("per category (total / online):")
    for c in CATEGORIES:
        in_c = [p for p in procs if p.get("category") == c]
        subs = collections.Counter(p.get("subcategory") or "-" for p in in_c)
        subtext = ", ".join(f"{s} {n}" for s, n in sorted(subs.items(), key=lambda x: (x[0] == "-", x[0])))
        print(f"  {c:<6} {len(in_c):>3} / {sum(1 for p in in_c if p in online):>3}   ({subtext})")
    print("per assurance:")
    for a in ASSURANCE:
        print(f"  {a:<15} {sum(1 for p in procs if p.get('assurance') == a):>3}")
    card = sum(1 for p in procs if p.get("assurance") in ("card-login", "card-signature"))
    print(f"  My Number card (card-login + card-signature): {card}")
    print("per department:")
    for d, label in DEPARTMENTS.items():
        print(f"  {d:<14} {label:<12} {sum(1 for p in procs if p.get('department') == d):>3}")
    print()
    print(f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
