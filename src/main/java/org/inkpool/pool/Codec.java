package org.inkpool.pool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON encoding of the protocol messages (Jackson escapes newlines, so a message is always one line). */
public final class Codec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Codec() {
    }

    public static String encode(Object message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + message, e);
        }
    }

    public static Request request(String frame) throws JsonProcessingException {
        return MAPPER.readValue(frame, Request.class);
    }

    public static Reply reply(String frame) throws JsonProcessingException {
        return MAPPER.readValue(frame, Reply.class);
    }
}
