/*
 * The attributes a built-in module makes on first use (sys.version_info from lib/_sysinfo.py,
 * time.localtime from lib/_time.py, ...): not in the module's dict until then, and listed
 * by dir(module) all the same (modules/builtins.ts dirImpl). A leaf module (no imports), so
 * that the modules registering their names at load time can do so whatever the order in
 * which the module graph is evaluated. Static: filled once at load, read only afterwards.
 */

const LAZY_MODULE_NAMES = new Map<string, readonly string[]>();

export function registerLazyModuleNames(module: string, names: readonly string[]): void {
  LAZY_MODULE_NAMES.set(module, names);
}

export function lazyModuleNames(module: string): readonly string[] {
  return LAZY_MODULE_NAMES.get(module) ?? [];
}

/** The builtins lib/_exceptiongroup.py defines on first use (a name lookup:
 * vm/evalhelpers.ts lazyBuiltin; an attribute of the builtins module: modules/sys.ts). */
export const LAZY_BUILTIN_NAMES: ReadonlySet<string> = new Set(['BaseExceptionGroup', 'ExceptionGroup']);
registerLazyModuleNames('builtins', [...LAZY_BUILTIN_NAMES]);
