using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Modernize.Model.Graph;

namespace Modernize.Reporting.Json;

/// <summary>
/// One serializer configuration for writing and reading scan JSON: camelCase names, enums as camelCase strings, dependency
/// kinds in enum order, and only the records' stored members (computed ones such as <c>ResolvedRatio</c> are left out).
/// </summary>
internal static class ScanJsonOptions
{
    public static JsonSerializerOptions Instance { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { StoredMembersOnly } },
        };
        options.Converters.Add(new DependencyKindsConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Drops get-only computed properties: they are derived on reading, so storing them would only invite disagreement.</summary>
    private static void StoredMembersOnly(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].Set is null)
            {
                type.Properties.RemoveAt(i);
            }
        }
    }

    /// <summary>Writes <c>{ "methodCall": 3 }</c> maps in enum order so the output is deterministic.</summary>
    private sealed class DependencyKindsConverter : JsonConverter<IReadOnlyDictionary<DependencyKind, int>>
    {
        public override IReadOnlyDictionary<DependencyKind, int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("expected an object of dependency kinds");
            }

            var result = new SortedDictionary<DependencyKind, int>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString() ?? string.Empty;
                if (!Enum.TryParse<DependencyKind>(name, ignoreCase: true, out var kind))
                {
                    throw new JsonException($"unknown dependency kind '{name}'");
                }

                reader.Read();
                result[kind] = reader.GetInt32();
            }

            return result;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<DependencyKind, int> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (kind, count) in value.OrderBy(k => k.Key))
            {
                writer.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()), count);
            }

            writer.WriteEndObject();
        }
    }
}
