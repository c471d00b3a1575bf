// For stories whose element reads `src`: the story answers the fetch itself, so
// no file or server is needed and nothing leaves the page.
/**
 * A story's `beforeEach` that answers fetches of `path` with `body`, as a
 * charity's website would serve its published log (`src` takes only http(s)
 * addresses, so not a data: one); the real fetch comes back after the story.
 */
export function serving(path: string, body: string) {
  return () => {
    const real = window.fetch;
    window.fetch = async (input, init) =>
      new URL(String(input instanceof Request ? input.url : input), location.href).pathname === path
        ? new Response(body, { headers: { 'content-type': 'application/json' } })
        : real(input, init);
    return () => {
      window.fetch = real;
    };
  };
}
