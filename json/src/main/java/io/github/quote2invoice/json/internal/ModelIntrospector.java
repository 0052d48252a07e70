package io.github.quote2invoice.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.introspect.VisibilityChecker;


/**
 * The format rules that apply to the model's own types only, so that registering the module on an
 * application's mapper changes nothing for the application's other types:
 * <ul>
 *   <li>decimals are plain strings, dates ISO-8601 strings, currencies ISO 4217 codes, read strictly
 *       ({@link TextCodecs#JDK}), also inside {@code Optional} and lists;</li>
 *   <li>an empty {@code Optional} is left out of the output;</li>
 *   <li>only record components are properties: derived {@code isX()} methods ({@code Party.isBusiness()})
 *       are not written;</li>
 *   <li>primitive components ({@code int days}, {@code boolean endOfMonth}) are required: a missing
 *       number must not silently become 0.</li>
 * </ul>
 */
public final class ModelIntrospector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;
    private static final String MODEL_PACKAGE = "io.github.quote2invoice.";
    private static final JsonInclude.Value NON_ABSENT = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
            JsonInclude.Include.NON_ABSENT);

    static boolean isModel(Class<?> type) {
        return type != null && type.getName().startsWith(MODEL_PACKAGE);
    }

    private static boolean inModel(Annotated a) {
        if (a instanceof AnnotatedMember m) {
            return isModel(m.getDeclaringClass());
        }
        return a instanceof AnnotatedClass c && isModel(c.getRawType());
    }

    private static TextCodecs.Codec<?> codec(Annotated a, boolean content) {
        if (!(a instanceof AnnotatedMember) || !inModel(a)) {
            return null;
        }
        JavaType type = a.getType();
        if (content) {
            type = type.getContentType();
        }
        return type == null ? null : TextCodecs.JDK.get(type.getRawClass());
    }

    @Override
    public Object findSerializer(MapperConfig<?> config, Annotated a) {
        TextCodecs.Codec<?> c = codec(a, false);
        return c == null ? null : c.serializer();
    }

    @Override
    public Object findContentSerializer(MapperConfig<?> config, Annotated a) {
        TextCodecs.Codec<?> c = codec(a, true);
        return c == null ? null : c.serializer();
    }

    @Override
    public Object findDeserializer(MapperConfig<?> config, Annotated a) {
        TextCodecs.Codec<?> c = codec(a, false);
        return c == null ? null : c.deserializer();
    }

    @Override
    public Object findContentDeserializer(MapperConfig<?> config, Annotated a) {
        TextCodecs.Codec<?> c = codec(a, true);
        return c == null ? null : c.deserializer();
    }

    @Override
    public JsonInclude.Value findPropertyInclusion(MapperConfig<?> config, Annotated a) {
        return a instanceof AnnotatedClass && inModel(a) ? NON_ABSENT : JsonInclude.Value.empty();
    }

    @Override
    public VisibilityChecker findAutoDetectVisibility(MapperConfig<?> config, AnnotatedClass ac, VisibilityChecker checker) {
        if (!isModel(ac.getRawType())) {
            return checker;
        }
        return checker.withIsGetterVisibility(Visibility.NONE);
    }

    @Override
    public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember m) {
        if (m instanceof AnnotatedParameter p && p.getRawType().isPrimitive() && inModel(p)) {
            return Boolean.TRUE;
        }
        return null;
    }
}
