// MeshForge API docs at /docs: starts the vendored Swagger UI on this server's OpenAPI schema.
// A file of its own (not an inline script) so the page's CSP can forbid inline scripts.

(() => {
  const root = document.getElementById("swagger-ui");
  // SwaggerUIBundle is defined by the vendored swagger-ui-bundle.js, loaded (deferred) first
  window.ui = SwaggerUIBundle({
    url: root.dataset.openapiUrl || "/openapi.json",
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    presets: [SwaggerUIBundle.presets.apis],
    deepLinking: true,
    showExtensions: true,
    showCommonExtensions: true,
    // the default would send the schema's URL to validator.swagger.io for a badge: stay offline
    validatorUrl: null,
  });
})();
