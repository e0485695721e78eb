/** The REST API under /api: thin resources, DTOs at the boundary, errors as application/problem+json. */
package org.cofile.web.rest;
