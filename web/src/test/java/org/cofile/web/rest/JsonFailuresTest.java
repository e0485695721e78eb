package org.cofile.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.ws.rs.ProcessingException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Yasson's messages (copied from Yasson 3.0.4 in WildFly 39) turned into a field and a sentence. */
class JsonFailuresTest {

    @Test
    void aNestedTypeMismatchNamesThePathOfProperties() {
        var yasson = new JsonbException(
                "Unable to deserialize property 'holdings' because of: Unable to deserialize property 'shares' because"
                        + " of: Incorrect position for processing type: class java.lang.String. Received event:"
                        + " START_OBJECT Allowed: [VALUE_NULL, VALUE_STRING, VALUE_NUMBER, VALUE_TRUE, VALUE_FALSE]");

        assertThat(JsonFailures.fieldErrors(new ProcessingException("RESTEASY008200: JSON Binding error", yasson)))
                .contains(Map.of("holdings.shares", "expected a string, a number or a boolean, got an object"));
    }

    @Test
    void anObjectWhereAnArrayBelongsIsNamed() {
        var yasson = new JsonbException("Unable to deserialize property 'holdings' because of: Incorrect position for"
                + " processing type: interface java.util.List. Received event: START_OBJECT Allowed: [START_ARRAY]");

        assertThat(JsonFailures.fieldErrors(yasson)).contains(Map.of("holdings", "expected an array, got an object"));
    }

    @Test
    void malformedJsonIsABodyErrorSaidWithoutTheParsersWords() {
        var parsing = new jakarta.json.stream.JsonParsingException(
                "Invalid token=EOF at (line no=1, column no=42, offset=41). Expected tokens are: [STRING]",
                new JsonLocation() {
                    @Override
                    public long getLineNumber() {
                        return 1;
                    }

                    @Override
                    public long getColumnNumber() {
                        return 42;
                    }

                    @Override
                    public long getStreamOffset() {
                        return 41;
                    }
                });
        var yasson = new JsonbException("Internal error: " + parsing.getMessage(), parsing);

        assertThat(JsonFailures.fieldErrors(new ProcessingException(yasson)).orElseThrow())
                .containsOnlyKeys("body")
                .containsEntry("body", "is not valid JSON (line 1, column 42)");
    }

    @Test
    void anArrayForTheWholeBodyIsABodyError() {
        var yasson = new JsonbException("Incorrect position for processing type: class x.EligibilityRequest. Received"
                + " event: START_ARRAY Allowed: [START_OBJECT]");

        assertThat(JsonFailures.fieldErrors(yasson)).contains(Map.of("body", "expected an object, got an array"));
    }

    @Test
    void otherFailuresAreNotJsonFailures() {
        assertThat(JsonFailures.fieldErrors(new IllegalStateException("boom"))).isEmpty();
    }
}
