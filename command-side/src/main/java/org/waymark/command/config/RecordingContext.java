package org.waymark.command.config;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.waymark.api.event.EventMetadata;

/**
 * Who is recording, and through which channel: the metadata every command carries and Axon copies
 * onto the events it causes (see {@link CommandAxonConfig#recordingMetadataProvider()}).
 */
@Component
public class RecordingContext {
  public static final String ANONYMOUS = "anonymous";

  public Map<String, Object> metadata() {
    return metadata("api");
  }

  public Map<String, Object> metadata(String source) {
    String who =
        Optional.ofNullable(RequestContextHolder.getRequestAttributes())
            .filter(ServletRequestAttributes.class::isInstance)
            .map(a -> ((ServletRequestAttributes) a).getRequest().getUserPrincipal())
            .map(Principal::getName)
            .orElse(ANONYMOUS);
    return Map.of(EventMetadata.RECORDED_BY, who, EventMetadata.SOURCE, source);
  }
}
