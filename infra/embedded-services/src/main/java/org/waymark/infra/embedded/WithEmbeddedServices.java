package org.waymark.infra.embedded;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class runs against the shared embedded PostgreSQL, Kafka and Elasticsearch, with a
 * {@link TestNamespace} of its own. Test methods and constructors may declare {@link
 * EmbeddedServices} and {@link TestNamespace} parameters.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Documented
@Inherited
@ExtendWith(EmbeddedServicesExtension.class)
public @interface WithEmbeddedServices {}
