package io.zongshu.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods the resources accept on a path, for the {@code Allow} header of a 405 (RFC 9110
 * requires it, and RESTEasy Reactive does not say). Read once from the resource classes' annotations.
 */
@ApplicationScoped
public class AllowedMethods {
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    @Inject
    BeanManager beans;

    private volatile Map<Pattern, Set<String>> routes;

    /** The methods allowed on {@code path}, HEAD and OPTIONS included; empty when no resource serves it. */
    public Set<String> on(String path) {
        Set<String> allowed = new TreeSet<>();
        routes().forEach((template, methods) -> {
            if (template.matcher(path).matches()) {
                allowed.addAll(methods);
            }
        });
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
        }
        return allowed;
    }

    private Map<Pattern, Set<String>> routes() {
        if (routes == null) {
            Map<Pattern, Set<String>> found = new LinkedHashMap<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = httpMethod(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        String template = join(root.value(), sub == null ? "" : sub.value());
                        found.computeIfAbsent(regex(template), t -> new TreeSet<>()).add(verb);
                    }
                }
            }
            routes = found;
        }
        return routes;
    }

    /** The HTTP method a resource method answers (GET, POST, …), or null when it is no resource method. */
    public static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** /api/v1/submissions/{id}/values becomes ^/api/v1/submissions/[^/]+/values/?$. */
    static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int last = 0;
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(Pattern.quote(template.substring(last, m.start())));
            parts.add(m.group(1) == null ? "[^/]+" : "(?:" + m.group(1).strip() + ")");
            last = m.end();
        }
        parts.add(Pattern.quote(template.substring(last)));
        parts.forEach(regex::append);
        return Pattern.compile(regex + "/?");
    }
}
