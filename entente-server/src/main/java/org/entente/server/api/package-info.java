/**
 * The REST API under {@code /api/v1}: JSON in the fact contract's shapes, errors as
 * {@code {"status", "error"}}; described by the OpenAPI document served at
 * {@code /api/openapi.json}, which a test keeps in step with {@link org.entente.server.api.ApiRoutes}.
 */
package org.entente.server.api;
