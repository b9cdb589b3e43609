"""plone.restapi integration: serializers, deserializers and services."""
