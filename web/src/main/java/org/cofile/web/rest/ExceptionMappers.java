package org.cofile.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.workflow.shared.AccessDeniedException;
import org.cofile.workflow.shared.BusinessException;
import org.cofile.workflow.shared.NotFoundException;
import org.cofile.workflow.shared.TooManyRequestsException;

/** Turns every failure the API can meet into a problem+json response with the right status. */
public final class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    private ExceptionMappers() {}

    static Response toResponse(Throwable failure) {
        var jsonErrors = JsonFailures.fieldErrors(failure);
        if (jsonErrors.isPresent()) {
            return Problem.response(
                    Status.BAD_REQUEST, "The body is not the JSON this resource expects.", jsonErrors.get());
        }
        if (failure instanceof InvalidInputException e) {
            return Problem.response(Status.BAD_REQUEST, "The request has invalid fields.", e.fieldErrors());
        }
        if (failure instanceof ConstraintViolationException e) {
            return Problem.response(Status.BAD_REQUEST, "The request has invalid fields.", fieldErrors(e));
        }
        if (failure instanceof ConflictException e) {
            return Problem.response(
                    Status.CONFLICT, e.getMessage(), e.field() == null ? null : Map.of(e.field(), e.getMessage()));
        }
        if (failure instanceof NotFoundException e) {
            return Problem.response(Status.NOT_FOUND, e.getMessage());
        }
        if (failure instanceof AccessDeniedException || failure instanceof EJBAccessException) {
            return Problem.response(Status.FORBIDDEN, failure.getMessage());
        }
        if (failure instanceof TooManyRequestsException e) {
            return Response.fromResponse(Problem.response(Status.TOO_MANY_REQUESTS, e.getMessage()))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        }
        if (failure instanceof BusinessException e) {
            return Problem.response(Status.BAD_REQUEST, e.getMessage());
        }
        if (failure instanceof WebApplicationException e) {
            return frameworkRefusal(e.getResponse().getStatus());
        }
        if (failure instanceof EJBException e && e.getCause() != null && e.getCause() != failure) {
            return toResponse(e.getCause());
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the API", failure);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
    }

    /**
     * JAX-RS refused the request before a resource ran: no such path, method or media type. Its own message names
     * RESTEasy and its codes, so the client gets ours instead.
     */
    private static Response frameworkRefusal(int code) {
        var status = Status.fromStatusCode(code);
        if (status == null || code >= 500) {
            LOG.log(Level.SEVERE, "JAX-RS answered a request with {0}", code);
            return Problem.response(
                    Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
        }
        String detail =
                switch (status) {
                    case NOT_FOUND -> "There is no such resource.";
                    case METHOD_NOT_ALLOWED -> "This resource does not accept that method.";
                    case NOT_ACCEPTABLE -> "This resource answers in application/json only.";
                    case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
                    default -> "The request could not be read.";
                };
        return Problem.response(status, detail);
    }

    private static Map<String, String> fieldErrors(ConstraintViolationException e) {
        var errors = new LinkedHashMap<String, String>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.putIfAbsent(leafName(violation.getPropertyPath()), violation.getMessage());
        }
        return errors;
    }

    /** "create.arg0.ticker" becomes "ticker": the client knows its fields, not our parameter names. */
    private static String leafName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }

    /** Every exception: business ones, validation, JSON binding and the unexpected. */
    @Provider
    public static class Any implements ExceptionMapper<Exception> {

        @Override
        public Response toResponse(Exception exception) {
            return ExceptionMappers.toResponse(exception);
        }
    }

    /** Bean Validation of resource parameters; more specific than the server's own mapper, so it wins. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return ExceptionMappers.toResponse(exception);
        }
    }
}
