#!/usr/bin/env python3
"""A read-only view of a @cdktn/provider-* package that tf-validate's schema extractor can read.

tf-validate reads node_modules/@cdktf/provider-* only, and its extractor (standin/extract_schema.py)
reads the generated code with patterns written for the @cdktf packages. As published,
@cdktn/provider-aws 25.7.0 gives it 0 resources, 0 data sources and no provider, for three reasons:
  1. the core is imported as `cdktn`, so every `cdktf.`-qualified pattern misses
     (`extends cdktf.TerraformResource`, `cdktf.stringToTerraform`, ...);
  2. the code is compiled to ES2022 class fields: `static tfResourceType = "aws_kms_key";` inside
     the class, where the @cdktf packages assign `KmsKey.tfResourceType = "aws_kms_key";` after it;
  3. nested blocks are field initializers (`_timeouts = new ...(this, "timeouts");`), where the
     @cdktf packages assign them in the constructor (`this._timeouts = new ...`).
This view rewrites those three spellings and nothing else, into a folder laid out as
node_modules/@cdktf/provider-<name>. It is never executed, only read. The package version gets a
suffix with this script's hash, so that tf-validate's schema cache follows changes to the view.

Usage: cdktn-tf-validate-view.py SRC_PACKAGE_DIR DEST_PACKAGE_DIR
"""
import hashlib, json, os, re, sys

CLASS = re.compile(r'^class (\w+) extends ([\w.]+) \{\n(.*?)^\}\n', re.M | re.S)
STATIC = re.compile(r'^    static tfResourceType = ("[^"]+");\n', re.M)
FIELD = re.compile(r'^    (_\w+ = new [\w.]+\(this, ")', re.M)


def klass(m):
    name, base, body = m.groups()
    tf = STATIC.search(body)
    body = FIELD.sub(r'    this.\1', STATIC.sub('', body))
    return f'class {name} extends {base} {{\n{body}}}\n' + (f'{name}.tfResourceType = {tf.group(1)};\n' if tf else '')


def main():
    src, dst = sys.argv[1:3]
    key = hashlib.sha256(open(__file__, "rb").read()).hexdigest()[:8]
    os.makedirs(dst)
    pkg = json.load(open(os.path.join(src, "package.json")))
    pkg["version"] = f'{pkg["version"]}-view.{key}'
    json.dump(pkg, open(os.path.join(dst, "package.json"), "w"), indent=2)
    for root, _, files in os.walk(os.path.join(src, "lib")):
        out = os.path.join(dst, os.path.relpath(root, src))
        os.makedirs(out, exist_ok=True)
        for f in files:
            if f.endswith(".js") or f.endswith(".d.ts"):
                text = re.sub(r'\bcdktn\.', 'cdktf.', open(os.path.join(root, f), encoding="utf-8").read())
                if f.endswith(".js"):
                    text = CLASS.sub(klass, text)
                open(os.path.join(out, f), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
