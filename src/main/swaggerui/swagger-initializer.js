// Swagger UI on this eConnector's own OpenAPI document; everything is served by the WAR (no CDN).
window.onload = function () {
    window.ui = SwaggerUIBundle({
        url: "/openapi",
        dom_id: "#swagger-ui",
        deepLinking: true,
        persistAuthorization: false,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: "StandaloneLayout"
    });
};
