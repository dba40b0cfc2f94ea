package io.rapport.slack.web;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The Web API calls every delivered nudge makes ({@code conversations.open}, {@code chat.postMessage}), posted
 * as JSON bodies with the bot token as a Bearer header, through the SDK's HTTP client and parsed with one Gson
 * built once. Profiled (JFR) under the dispatch benchmark, the SDK's {@code MethodsClient} spent most of a
 * delivery's CPU building a new Gson for every response, and its form bodies most of the rest percent-encoding
 * the blocks JSON character by character; Slack takes a JSON body for both methods. Errors come out as the
 * SDK's would ({@link SlackApiException} for an HTTP error, an answer with {@code ok: false} otherwise), so
 * {@link SlackApi}'s retries treat both alike.
 */
final class WebMethods {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private final Slack slack;
    private final Gson gson;

    WebMethods(Slack slack) {
        this.slack = slack;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
    }

    /**
     * Calls {@code method} with {@code body} as its JSON object: each value (a string, a boolean, the SDK's blocks
     * or metadata) written straight to snake-case JSON, with no intermediate tree.
     */
    <T extends SlackApiTextResponse> T call(String token, String method, Map<String, ?> body, Class<T> type)
            throws IOException, SlackApiException {
        Request request = new Request.Builder()
                .url(slack.getConfig().getMethodsEndpointUrlPrefix() + method)
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(gson.toJson(body), JSON))
                .build();
        try (Response response = slack.getHttpClient().getOkHttpClient().newCall(request).execute()) {
            ResponseBody answer = response.body();
            String text = answer == null ? "" : answer.string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(slack.getConfig(), response, text);
            }
            return gson.fromJson(text, type);
        }
    }
}
