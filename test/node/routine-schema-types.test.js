// routine.schema.json agrees with the TypeScript model (src/data/types.ts), read with the
// compiler API: each interface has its schema, with the same fields, the same required ones and
// the same kind of value in each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import ts from 'typescript';

const TYPES_FILE = new URL('../../src/data/types.ts', import.meta.url);
const schema = JSON.parse(
  readFileSync(new URL('../../routine.schema.json', import.meta.url), 'utf8'),
);

/** The interface whose schema is the root; every other interface is a `$defs` entry of its name. */
const ROOT = 'Routine';
/** Root fields that are no part of the model: a routine file may name its schema. */
const FILE_ONLY_FIELDS = ['$schema'];

/** The interfaces and type aliases of types.ts, by name. */
function readModel() {
  const source = ts.createSourceFile(
    'types.ts',
    readFileSync(TYPES_FILE, 'utf8'),
    ts.ScriptTarget.Latest,
    true, // parent links, for getText() in messages
  );
  const interfaces = new Map();
  const aliases = new Map();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
    if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type);
  }
  return { interfaces, aliases };
}

const model = readModel();

/** An interface's fields: name, whether optional, and the kind of value. */
function fieldsOf(declaration) {
  return declaration.members.map((member) => {
    assert.ok(
      ts.isPropertySignature(member) && member.type,
      `${declaration.name.text}: only fields`,
    );
    return {
      name: member.name.text,
      optional: Boolean(member.questionToken),
      kind: kindOfType(member.type),
    };
  });
}

/** The kind of value a type allows, in the words `kindOfSchema` uses. */
function kindOfType(node) {
  if (node.kind === ts.SyntaxKind.StringKeyword) return 'string';
  if (node.kind === ts.SyntaxKind.NumberKeyword) return 'number';
  if (node.kind === ts.SyntaxKind.BooleanKeyword) return 'boolean';
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword)
    return kindOfType(node.type);
  if (ts.isArrayTypeNode(node)) return `list of ${kindOfType(node.elementType)}`;
  if (
    ts.isUnionTypeNode(node) &&
    node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))
  ) {
    return `one of ${node.types
      .map((t) => t.literal.text)
      .sort()
      .join(', ')}`;
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.text;
    if (model.interfaces.has(name)) return name;
    if (model.aliases.has(name)) return kindOfType(model.aliases.get(name));
  }
  throw new Error(`types.ts: no schema kind for the type "${node.getText()}"`);
}

/** The schema a local `$ref` points to. */
const target = (ref) => schema.$defs[ref.replace(/^#\/\$defs\//, '')];

/** The kind of value a schema allows: a `$ref` to an interface's schema is that interface. */
function kindOfSchema(node) {
  if (node.$ref) {
    const name = node.$ref.replace(/^#\/\$defs\//, '');
    if (model.interfaces.has(name)) return name;
    const { $ref, ...own } = node;
    return kindOfSchema({ ...target($ref), ...own });
  }
  if (node.enum) return `one of ${[...node.enum].sort().join(', ')}`;
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (node.type === 'string' || node.type === 'boolean') return node.type;
  if (node.type === 'array') return `list of ${kindOfSchema(node.items)}`;
  throw new Error(`routine.schema.json: no kind for ${JSON.stringify(node)}`);
}

/** The schema describing interface `name`. */
function schemaOf(name) {
  const found = name === ROOT ? schema : schema.$defs[name];
  assert.ok(found, `routine.schema.json: no $defs entry for the interface ${name}`);
  return found;
}

test('every interface of the model has its schema, and every object schema an interface', () => {
  assert.ok(model.interfaces.has(ROOT));
  const objects = Object.entries(schema.$defs)
    .filter(([, definition]) => definition.type === 'object')
    .map(([name]) => name);
  assert.deepEqual(
    objects.sort(),
    [...model.interfaces.keys()].filter((name) => name !== ROOT).sort(),
  );
});

test("each schema's fields and required fields are its interface's", () => {
  for (const [name, declaration] of model.interfaces) {
    const fields = fieldsOf(declaration);
    const { properties, required } = schemaOf(name);
    const extra = name === ROOT ? FILE_ONLY_FIELDS : [];
    assert.deepEqual(
      Object.keys(properties)
        .filter((key) => !extra.includes(key))
        .sort(),
      fields.map((field) => field.name).sort(),
      `${name}: fields`,
    );
    assert.deepEqual(
      [...required].sort(),
      fields
        .filter((field) => !field.optional)
        .map((field) => field.name)
        .sort(),
      `${name}: required fields`,
    );
  }
});

test("each field's kind of value is its type's", () => {
  for (const [name, declaration] of model.interfaces) {
    for (const field of fieldsOf(declaration)) {
      const property = schemaOf(name).properties[field.name];
      assert.ok(property, `${name}.${field.name}: not in the schema`);
      assert.equal(kindOfSchema(property), field.kind, `${name}.${field.name}`);
    }
  }
});

test('each field has a title and a description', () => {
  for (const name of model.interfaces.keys()) {
    for (const [key, property] of Object.entries(schemaOf(name).properties)) {
      assert.ok(property.title && property.description, `${name}.${key}`);
    }
  }
});
