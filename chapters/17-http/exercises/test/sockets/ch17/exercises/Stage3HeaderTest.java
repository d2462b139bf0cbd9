package sockets.ch17.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Stage 3: /user-agent answers the value of the request's User-Agent field. */
class Stage3HeaderTest extends Stage2RoutesTest {

    private String userAgent(String... fields) throws Exception {
        try (var client = server.connect()) {
            var response = client.send(StageServer.get("/user-agent", fields)).response();
            assertEquals(200, response.status(), "the status for /user-agent");
            return response.text();
        }
    }

    @Test
    void the_user_agent_is_echoed() throws Exception {
        assertEquals("stage-3/1.0", userAgent("Accept: */*", "User-Agent: stage-3/1.0", "Accept-Language: en"),
                "the body for User-Agent: stage-3/1.0");
    }

    @Test
    void a_field_name_matches_in_any_case() throws Exception {
        assertEquals("curl/8.5.0", userAgent("user-agent: curl/8.5.0"),
                "the body for user-agent: curl/8.5.0 (field names match in any case)");
    }

    @Test
    void spaces_around_a_field_value_are_not_part_of_it() throws Exception {
        assertEquals("curl/8.5.0", userAgent("User-Agent: \t curl/8.5.0 \t"),
                "the body for User-Agent: with spaces and tabs around the value (optional whitespace is not the value)");
    }

    @Test
    void a_field_value_may_hold_colons() throws Exception {
        var browser = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101";
        assertEquals(browser, userAgent("User-Agent: " + browser),
                "the body for a value with a colon in it: the name ends at the first colon only");
    }

    @Test
    void a_request_without_the_field_gets_an_empty_body() throws Exception {
        assertEquals("", userAgent(), "the body for a request without User-Agent");
    }
}
