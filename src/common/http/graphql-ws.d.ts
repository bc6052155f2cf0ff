// graphql-ws exposes `use/ws` only through package.json "exports", which moduleResolution
// "node" does not read; Node itself resolves it at run time.
declare module 'graphql-ws/use/ws' {
  export { useServer } from 'graphql-ws/dist/use/ws';
}
