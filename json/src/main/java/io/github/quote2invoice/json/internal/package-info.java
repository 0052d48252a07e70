/** Implementation of the JSON formats: serializers, deserializers, introspection, error translation. Not API. */
package io.github.quote2invoice.json.internal;
