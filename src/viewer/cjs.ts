// graphology's packages are CommonJS: their default export arrives as the module itself or under .default,
// depending on who loads it (esbuild for the page, Node for the tests).
export function cjsDefault<T>(module: { default: T } | T): T {
  return ((module as { default?: T }).default ?? module) as T;
}
