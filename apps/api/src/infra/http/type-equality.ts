/** True only when A and B are the same type (used to keep OpenAPI schemas in step with contracts). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compile-time assertion: `assertType<Equals<A, B>>(true)` fails to compile when A and B differ. */
export function assertType<T extends boolean>(_value: T): void {}
