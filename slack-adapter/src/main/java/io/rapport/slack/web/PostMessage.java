package io.rapport.slack.web;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * {@code chat.postMessage}, the call every delivered nudge makes, through the SDK's own request form and HTTP
 * client but parsed with one Gson built once. The SDK's {@code MethodsClient} builds a new Gson for every
 * response, and with it the reflective adapters of the whole message model: profiled (JFR) that was about two
 * thirds of the CPU a delivery costs. Errors come out as the SDK's would ({@link SlackApiException} for an
 * HTTP error, an answer with {@code ok: false} otherwise), so {@link SlackApi}'s retries treat both alike.
 */
final class PostMessage {
    private final Slack slack;
    private final Gson gson;
    private final String url;

    PostMessage(Slack slack) {
        this.slack = slack;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
        this.url = slack.getConfig().getMethodsEndpointUrlPrefix() + "chat.postMessage";
    }

    ChatPostMessageResponse post(String token, ChatPostMessageRequest request) throws IOException, SlackApiException {
        try (Response response = slack.getHttpClient().postFormWithBearerHeader(url, token,
                RequestFormBuilder.toForm(request).build())) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new SlackApiException(slack.getConfig(), response, text);
            }
            return gson.fromJson(text, ChatPostMessageResponse.class);
        }
    }
}
