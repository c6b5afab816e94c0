// The OpenAPI page, from the swagger-ui-dist package installed by `make setup` (no CDN).
window.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
});
