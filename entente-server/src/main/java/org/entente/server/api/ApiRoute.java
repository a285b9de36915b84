package org.entente.server.api;

import io.javalin.http.Handler;

/**
 * One route of the API.
 *
 * @param method GET or POST
 * @param path the path, with {@code {name}} parameters as in OpenAPI
 * @param handler what answers it
 */
public record ApiRoute(String method, String path, Handler handler) {}
