using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modernize.Loading.ModelCache;

/// <summary>The encoding of project models in an <see cref="IProjectModelCache"/>: one JSON entry per project, one for the solution.</summary>
internal static class ProjectModelStore
{
    /// <summary>Bumped whenever the model or its key changes meaning: older entries are then ignored.</summary>
    public const int Format = 1;

    public const string SolutionKey = "project-model:solution";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string KeyOf(string projectPath) => "project-model:" + projectPath;

    public static byte[] Encode<T>(T entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Options);

    /// <summary>The entry, or null when it is unreadable (another format, a damaged row): the project is then loaded again.</summary>
    public static T? Decode<T>(byte[]? payload)
        where T : class
    {
        if (payload is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(payload, Options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
