/**
 * The resources of a document: every resource under its address, with its canonical type and
 * whether `count`/`for_each` create it, remove it or decide only later.
 */
import type { TerraformJson } from "../blocks";
import { canonicalType, ViewResource } from "./resources";
import { presenceOf, ResolveContext } from "./values";

/** The address a resource records in its metadata, or `type.name`. */
function addressOf(type: string, name: string, config: any): string {
  const meta = config["//"]?.metadata ?? {};
  return typeof meta.address === "string" ? meta.address : `${type}.${name}`;
}

/** Every `[type, name, config]` of the document's resources whose configuration is an object. */
function configured(tf: TerraformJson): Array<[string, string, any]> {
  const out: Array<[string, string, any]> = [];
  for (const [type, byName] of Object.entries<Record<string, any>>(tf?.resource ?? {})) {
    for (const [name, config] of Object.entries(byName ?? {})) {
      if (config !== null && typeof config === "object") out.push([type, name, config]);
    }
  }
  return out;
}

/** The resources of one document, by address and by canonical type. */
export class ResourceTable implements ResolveContext {
  /** Resources that Terraform may create, in document order. */
  public readonly all: ViewResource[] = [];
  /** Resources that `count = 0` or an empty `for_each` removes. */
  public readonly removed: ViewResource[] = [];

  private readonly byAddress = new Map<string, ViewResource>();
  private readonly byTypeName = new Map<string, any>();
  private readonly byKind = new Map<string, ViewResource[]>();

  constructor(public readonly tf: TerraformJson) {
    const entries = configured(tf);
    for (const [type, name, config] of entries) this.byTypeName.set(`${type}.${name}`, config);
    // presence is decided in document order: a `count` may read the resources before it
    for (const [type, name, config] of entries) this.add(type, name, config);
  }

  private add(type: string, name: string, config: any): void {
    const address = addressOf(type, name, config);
    const meta = config["//"]?.metadata ?? {};
    const { presence, note } = presenceOf(this, config);
    const r: ViewResource = {
      type,
      name,
      address,
      config,
      kind: canonicalType(type),
      presence: presence === "absent" ? "present" : presence,
      ...(note ? { note } : {}),
      ...(typeof meta.path === "string" ? { path: meta.path } : {}),
    };
    this.byAddress.set(address, r);
    if (presence === "absent") {
      this.removed.push(r);
      return;
    }
    this.all.push(r);
    const same = this.byKind.get(r.kind);
    if (same) same.push(r);
    else this.byKind.set(r.kind, [r]);
  }

  /** The resource at an address (present, maybe present or removed). */
  public resource(address: string): ViewResource | undefined {
    return this.byAddress.get(address);
  }

  /** Resources of the given canonical types that Terraform may create, in document order. */
  public ofKinds(kinds: ReadonlySet<string>): ViewResource[] {
    if (kinds.size === 1) return [...(this.byKind.get([...kinds][0]) ?? [])];
    return this.all.filter((r) => kinds.has(r.kind));
  }

  /** The resource `type.name` (or its instance `name[0]`, `name["a"]`), when the stack has it. */
  public lookupResource(type: string, name: string, instance = ""): ViewResource | undefined {
    for (const candidate of [`${name}${instance}`, `${name}[0]`]) {
      const config = this.byTypeName.get(`${type}.${candidate}`);
      if (config === undefined) continue;
      return this.byAddress.get(addressOf(type, candidate, config));
    }
    return undefined;
  }
}
