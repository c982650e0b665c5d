using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Modernize.Model.Graph;

namespace Modernize.Model.Serialization;

/// <summary>
/// How model records become JSON, defined once. Both forms use camelCase member names and write only the records' stored
/// members: computed ones (<c>ResolvedRatio</c>, <c>Cycle.Size</c>) are derived again on reading, so storing them would only
/// invite disagreement. They differ only where their readers do:
/// <list type="bullet">
/// <item><see cref="Document"/>, the scan JSON (docs/scan-json.md) that users and other tools read: indented, enums as
/// camelCase strings (numbers refused), dependency-kind maps in enum order, no HTML escaping (the report escapes itself).</item>
/// <item><see cref="Store"/>, the store's section blobs, content-addressed by their bytes: compact, enums by their declared
/// names, NaN and infinities allowed, member names read case-insensitively. A changed byte here would change every chunk's
/// hash, so new scans would share no chunk with stored ones: keep it as it is.</item>
/// </list>
/// </summary>
public static class ModelJson
{
    public static JsonSerializerOptions Document { get; } = CreateDocument();

    public static JsonSerializerOptions Store { get; } = CreateStore();

    private static JsonSerializerOptions CreateDocument()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = StoredMembersOnly(),
        };
        options.Converters.Add(new DependencyKindsConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions CreateStore()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = StoredMembersOnly(),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }

    private static DefaultJsonTypeInfoResolver StoredMembersOnly() => new() { Modifiers = { DropComputedMembers } };

    /// <summary>Drops get-only (computed) properties from every object contract.</summary>
    private static void DropComputedMembers(JsonTypeInfo type)
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
