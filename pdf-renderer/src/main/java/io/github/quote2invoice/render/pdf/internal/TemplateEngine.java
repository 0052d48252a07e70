package io.github.quote2invoice.render.pdf.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.github.quote2invoice.render.RenderException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Freemarker set up for documents: XHTML output with auto-escaping (document data always prints as
 * text), no {@code ?new} or {@code ?api} (a template cannot instantiate classes), templates parsed
 * once and kept. The user's template loaders come first; the built-in templates answer every name
 * they do not have, so a user can override one template (or one macro file) and keep the rest.
 * Thread-safe once built.
 */
public final class TemplateEngine {
    /** Where the built-in templates live on the classpath. */
    public static final String DEFAULT_PATH = "/io/github/quote2invoice/render/pdf/templates";

    private final Configuration cfg;

    /**
     * @param userLoaders loaders searched before the built-in templates, in order
     * @param reloadDelayMillis how often a template is checked for change; {@code Long.MAX_VALUE} for never
     */
    public TemplateEngine(List<TemplateLoader> userLoaders, long reloadDelayMillis) {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setLocalizedLookup(false);
        cfg.setTemplateUpdateDelayMilliseconds(reloadDelayMillis);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        List<TemplateLoader> loaders = new ArrayList<>(userLoaders);
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, DEFAULT_PATH));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    }

    /**
     * Evaluates template {@code name} with {@code model}.
     *
     * @throws RenderException {@code TEMPLATE_NOT_FOUND} or {@code TEMPLATE_FAILED}
     */
    public String process(String name, Map<String, Object> model, Locale locale) {
        try {
            Template template = cfg.getTemplate(name);
            StringWriter out = new StringWriter(32 * 1024);
            Environment env = template.createProcessingEnvironment(model, out);
            env.setLocale(locale);
            env.process();
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new RenderException(RenderException.TEMPLATE_NOT_FOUND, name, "no template named " + name, e);
        } catch (TemplateException | IOException e) {
            throw new RenderException(RenderException.TEMPLATE_FAILED, name, "template " + name + " failed: " + e.getMessage(), e);
        }
    }
}
