// @ts-check
/**
 * The TypeDoc plugin of `npm run docs` (typedoc.json `plugin`): a readable API reference.
 *
 * 1. Named types are links, not inlined structures. Our types are aliases of zod's inferred types
 *    (`type Account = z.infer<typeof AccountSchema>`). TypeScript keeps no alias name on such a
 *    type, and TypeDoc converts a parameter, a property or a variable from its resolved type, so
 *    it printed the whole structure wherever `Account` was used (1.5 MB of HTML for
 *    `assessAccount`, 2.6 MB for `explainChange`). This plugin
 *    - converts the parameter and return types of every function signature in our sources from
 *      the type the source wrote (`account: Account` links to `Account`), and
 *    - converts the types of properties (of the types tagged `@interface`, and of object literals)
 *      and of variables by structure, naming every part that is the type of an exported type
 *      alias (`uncertainty?: UncertaintyAssessment`) or of an exported schema
 *      (`uncertainty: ZodOptional<typeof UncertaintyAssessmentSchema>`).
 *    Anything else is left to TypeDoc.
 * 2. The root entry (`src/index.ts`, last in `entryPoints`, so every module owns its exports)
 *    re-exports every module; its page keeps its description and drops the list of some 700
 *    re-exports, which the module pages list. Re-exports between modules stay, so a
 *    `{@link ValidationError}` in a module's comments resolves in that module.
 */
import {
  ArrayType, Converter, DeclarationReflection, IntersectionType, QueryType, ReflectionFlag,
  ReflectionKind, ReflectionType, TypeOperatorType, TypeScript as ts, UnionType, makeRecursiveVisitor,
} from 'typedoc';
import { resolve } from 'node:path';

/** How deep {@link load}'s converter follows a type before it leaves the rest to TypeDoc. */
const MAX_DEPTH = 12;

/** @param {ts.Node} node */
const isOurs = (node) => !node.getSourceFile().fileName.includes('/node_modules/');

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {WeakMap<ts.Program, Map<ts.Type, { symbol: ts.Symbol, query: boolean }>>} */
  const cache = new WeakMap();

  /**
   * The types that have a name in the documentation: those of the non-generic type aliases (object
   * types and unions) and of the `…Schema` constants that an entry point exports. A schema counts
   * only when it holds an object or enum of its own: `z.number().optional()` has the same type
   * wherever it is written, and naming it after one constant would mislabel all the others.
   * @param {import('typedoc').Context} context
   */
  function namedTypes(context) {
    const program = context.program;
    let named = cache.get(program);
    if (named) return named;
    named = new Map();
    const checker = context.checker;
    const entries = new Set(app.options.getValue('entryPoints').map((p) => resolve(p)));
    /** @type {Set<ts.Symbol>} */
    const exported = new Set();
    for (const file of program.getSourceFiles()) {
      const module = entries.has(resolve(file.fileName)) ? checker.getSymbolAtLocation(file) : undefined;
      for (const symbol of module ? checker.getExportsOfModule(module) : []) {
        exported.add(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
      }
    }
    /** Unions are interned: two aliases of the same union leave it unnamed. @type {Set<ts.Type>} */
    const ambiguous = new Set();
    /** @param {ts.Type} type @param {ts.Symbol} symbol @param {boolean} query */
    const add = (type, symbol, query) => {
      const known = named.get(type);
      if (!known) named.set(type, { symbol, query });
      else if (type.isUnion() && known.symbol !== symbol) ambiguous.add(type);
    };
    for (const file of program.getSourceFiles()) {
      if (file.isDeclarationFile || !isOurs(file)) continue;
      for (const statement of file.statements) {
        if (!ts.canHaveModifiers(statement) || !ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
        if (ts.isTypeAliasDeclaration(statement) && !statement.typeParameters) {
          const type = checker.getTypeAtLocation(statement.name);
          const symbol = checker.getSymbolAtLocation(statement.name);
          if (!symbol || !exported.has(symbol) || !(type.flags & ts.TypeFlags.Object || (type.isUnion() && !(type.flags & ts.TypeFlags.Boolean)))) continue;
          add(type, symbol, false);
          // `type Reason = Readonly<z.infer<typeof ReasonSchema>>`: the schemas hold the inner type.
          const inner = type.aliasSymbol?.name === 'Readonly' ? type.aliasTypeArguments?.[0] : undefined;
          if (inner && inner.flags & ts.TypeFlags.Object) add(inner, symbol, false);
        } else if (ts.isVariableStatement(statement)) {
          for (const declaration of statement.declarationList.declarations) {
            if (!ts.isIdentifier(declaration.name) || !declaration.name.text.endsWith('Schema')) continue;
            const symbol = checker.getSymbolAtLocation(declaration.name);
            const type = symbol && exported.has(symbol) ? checker.getTypeOfSymbol(symbol) : undefined;
            if (symbol && type && hasLiteral(context, type)) add(type, symbol, true);
          }
        }
      }
    }
    for (const type of ambiguous) named.delete(type);
    cache.set(program, named);
    return named;
  }

  /**
   * The members of a union as written (`RungId | undefined`, not the flattened literals).
   * @param {ts.UnionOrIntersectionType} type
   * @returns {readonly ts.Type[]}
   */
  const members = (type) => {
    const origin = /** @type {{ origin?: ts.Type }} */ (/** @type {unknown} */ (type)).origin;
    return origin?.isUnion() ? origin.types : type.types;
  };

  /** @param {ts.Type} type */
  const isAnonymousObject = (type) =>
    !!(type.flags & ts.TypeFlags.Object) && !type.aliasSymbol &&
    !!(/** @type {ts.ObjectType} */ (type).objectFlags & (ts.ObjectFlags.Anonymous | ts.ObjectFlags.Mapped)) &&
    type.getCallSignatures().length === 0 && type.getConstructSignatures().length === 0;

  /**
   * Whether an anonymous object type (a zod shape, an enum's values) is part of this type.
   * @param {import('typedoc').Context} context @param {ts.Type} type @param {number} depth
   * @returns {boolean}
   */
  function hasLiteral(context, type, depth = 0) {
    if (depth > MAX_DEPTH) return false;
    if (isAnonymousObject(type)) return true;
    if (type.isUnion() || type.isIntersection()) return type.types.some((t) => hasLiteral(context, t, depth + 1));
    return instantiation(context, type)?.args.some((t) => hasLiteral(context, t, depth + 1)) ?? false;
  }

  /**
   * The type arguments of a generic instantiation, or undefined.
   * @param {import('typedoc').Context} context @param {ts.Type} type
   * @returns {{ symbol: ts.Symbol, args: readonly ts.Type[] } | undefined}
   */
  function instantiation(context, type) {
    if (type.aliasSymbol && type.aliasTypeArguments?.length) return { symbol: type.aliasSymbol, args: type.aliasTypeArguments };
    if (type.flags & ts.TypeFlags.Object && /** @type {ts.ObjectType} */ (type).objectFlags & ts.ObjectFlags.Reference) {
      const reference = /** @type {ts.TypeReference} */ (type);
      const count = reference.target.typeParameters?.length ?? 0;
      const symbol = reference.target.getSymbol();
      if (count > 0 && symbol) return { symbol, args: context.checker.getTypeArguments(reference).slice(0, count) };
    }
    return undefined;
  }

  /**
   * Whether a named type (other than `self`) is part of this type.
   * @param {import('typedoc').Context} context @param {ts.Type} type @param {ts.Symbol | undefined} self
   * @param {number} depth @param {Set<ts.Type>} seen
   * @returns {boolean}
   */
  function hasNamedPart(context, type, self, depth = 0, seen = new Set()) {
    if (depth > MAX_DEPTH || seen.has(type)) return false;
    const name = namedTypes(context).get(type);
    if (name && name.symbol !== self) return true;
    seen.add(type);
    try {
      if (type.isUnion() || type.isIntersection()) return members(type).some((t) => hasNamedPart(context, t, self, depth + 1, seen));
      const generic = instantiation(context, type);
      if (generic) return generic.args.some((t) => hasNamedPart(context, t, self, depth + 1, seen));
      if (isAnonymousObject(type)) {
        return context.checker.getPropertiesOfType(type).some((p) => hasNamedPart(context, context.checker.getTypeOfSymbol(p), self, depth + 1, seen));
      }
      return false;
    } finally {
      seen.delete(type);
    }
  }

  /**
   * The type, with every named part (other than `self`) as a link.
   * @param {import('typedoc').Context} context @param {ts.Type} type @param {ts.Symbol | undefined} self
   * @param {number} depth
   * @returns {import('typedoc').SomeType}
   */
  function convert(context, type, self, depth = 0) {
    const checker = context.checker;
    if (depth > MAX_DEPTH || !hasNamedPart(context, type, self)) return context.converter.convertType(context, type);
    const name = namedTypes(context).get(type);
    if (name && name.symbol !== self) {
      const reference = context.createSymbolReference(name.symbol, context, name.symbol.name);
      return name.query ? new QueryType(reference) : reference;
    }
    if (type.isUnion()) return new UnionType(members(type).map((t) => convert(context, t, self, depth + 1)));
    if (type.isIntersection()) return new IntersectionType(type.types.map((t) => convert(context, t, self, depth + 1)));
    const generic = instantiation(context, type);
    if (generic && !type.aliasSymbol && checker.isArrayType(type)) {
      const array = new ArrayType(convert(context, generic.args[0] ?? type, self, depth + 1));
      return generic.symbol.name === 'ReadonlyArray' ? new TypeOperatorType(array, 'readonly') : array;
    }
    if (generic) {
      const reference = context.createSymbolReference(context.resolveAliasedSymbol(generic.symbol), context, generic.symbol.name);
      reference.typeArguments = generic.args.map((t) => convert(context, t, self, depth + 1));
      return reference;
    }
    // An anonymous object type (a zod shape or inferred object) with a named part.
    const literal = new DeclarationReflection('__type', ReflectionKind.TypeLiteral, context.scope);
    context.registerReflection(literal, type.getSymbol());
    const scope = context.withScope(literal);
    literal.children = checker.getPropertiesOfType(type).map((property) => {
      const child = new DeclarationReflection(property.name, ReflectionKind.Property, literal);
      scope.registerReflection(child, undefined);
      const optional = !!(property.flags & ts.SymbolFlags.Optional);
      child.setFlag(ReflectionFlag.Optional, optional);
      const converted = convert(scope.withScope(child), checker.getTypeOfSymbol(property), self, depth + 1);
      child.type = optional ? withoutUndefined(converted) : converted;
      return child;
    });
    return new ReflectionType(literal);
  }

  /** @param {import('typedoc').SomeType} type @returns {import('typedoc').SomeType} */
  function withoutUndefined(type) {
    if (type.type !== 'union') return type;
    const types = type.types.filter((t) => !(t.type === 'intrinsic' && t.name === 'undefined'));
    return types.length === 1 && types[0] ? types[0] : new UnionType(types);
  }

  /** Drop the reflections an inlined type registered, before it is replaced. @param {import('typedoc').Context} context @param {import('typedoc').SomeType | undefined} type */
  function discard(context, type) {
    type?.visit(makeRecursiveVisitor({ reflection: (t) => { context.project.removeReflection(t.declaration); } }));
  }

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const children = module.children ?? [];
      if (children.length > 0 && children.every((c) => c.kindOf(ReflectionKind.Reference))) {
        for (const child of [...children]) context.project.removeReflection(child);
      }
    }
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property | ReflectionKind.Variable)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.getDeclarations()?.[0];
    if (!symbol || !declaration || !isOurs(declaration)) return;
    // A property of a schema's inferred type is declared by `key: z.string()` or `key: KeySchema`:
    // not a default value.
    if (ts.isPropertyAssignment(declaration) && (reflection.defaultValue === '...' || reflection.parent?.kindOf(ReflectionKind.Interface))) {
      delete reflection.defaultValue;
    }
    if (ts.isVariableDeclaration(declaration) && declaration.type) return;
    const owner = reflection.kindOf(ReflectionKind.Variable) ? symbol : reflection.parent && context.getSymbolFromReflection(reflection.parent);
    const type = context.checker.getTypeOfSymbol(symbol);
    if (!hasNamedPart(context, type, owner)) return;
    const converted = convert(context.withScope(reflection), type, owner);
    discard(context, reflection.type);
    reflection.type = reflection.flags.isOptional ? withoutUndefined(converted) : converted;
  });

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration, tsSignature) => {
    if (!declaration || !isOurs(declaration)) return;
    const scope = context.withScope(signature);
    const nodes = declaration.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'));
    for (const [i, parameter] of (signature.parameters ?? []).entries()) {
      const node = nodes[i]?.type;
      if (!node || parameter.name === 'this') continue;
      discard(context, parameter.type);
      parameter.type = context.converter.convertType(scope.withScope(parameter), node);
    }
    if (declaration.type) {
      if (ts.isTypePredicateNode(declaration.type)) return;
      discard(context, signature.type);
      signature.type = context.converter.convertType(scope, declaration.type);
    } else if (tsSignature && hasNamedPart(context, tsSignature.getReturnType(), undefined)) {
      discard(context, signature.type);
      signature.type = convert(scope, tsSignature.getReturnType(), undefined);
    }
  });
}
