package io.rapport.slack.web;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The Web API calls every delivered nudge makes ({@code conversations.open}, {@code chat.postMessage}), through
 * the SDK's own request forms and HTTP client but parsed with one Gson built once. The SDK's
 * {@code MethodsClient} builds a new Gson for every response, and with it the reflective adapters of the whole
 * response model: profiled (JFR) under the dispatch benchmark, that was most of the CPU a delivery costs.
 * Errors come out as the SDK's would ({@link SlackApiException} for an HTTP error, an answer with
 * {@code ok: false} otherwise), so {@link SlackApi}'s retries treat both alike.
 */
final class WebMethods {
    private final Slack slack;
    private final Gson gson;

    WebMethods(Slack slack) {
        this.slack = slack;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
    }

    <T extends SlackApiTextResponse> T call(String token, String method, FormBody.Builder form, Class<T> type)
            throws IOException, SlackApiException {
        String url = slack.getConfig().getMethodsEndpointUrlPrefix() + method;
        try (Response response = slack.getHttpClient().postFormWithBearerHeader(url, token, form.build())) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(slack.getConfig(), response, text);
            }
            return gson.fromJson(text, type);
        }
    }
}
