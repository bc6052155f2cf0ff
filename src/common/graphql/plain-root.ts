/**
 * A field resolver's root, typed for a root that is a plain object. type-graphql copies the root
 * into a new instance of the parameter's class on every call unless it already is one
 * (convertToType); the analytics services answer with plain objects, and a 1,000-bucket answer
 * made 3,000 copies. A mapped type is emitted as Object in the parameter's design metadata, so
 * the root is passed on as it is.
 */
export type PlainRoot<T> = Readonly<T>;
