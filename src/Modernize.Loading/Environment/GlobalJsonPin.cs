using System.Text.Json;

namespace Modernize.Loading.Environment;

/// <summary>A global.json above the scanned root that pins an SDK, and whether an installed SDK satisfies it (hostfxr's roll-forward rules).</summary>
public sealed record GlobalJsonPin(string File, string Version, string RollForward)
{
    /// <summary>The nearest global.json at or above <paramref name="folder"/> with an <c>sdk.version</c>, or null.</summary>
    public static GlobalJsonPin? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "global.json");
            if (!System.IO.File.Exists(file))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(System.IO.File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("sdk", out var sdk)
                    && sdk.ValueKind == JsonValueKind.Object
                    && sdk.TryGetProperty("version", out var version)
                    && version.ValueKind == JsonValueKind.String)
                {
                    var rollForward = sdk.TryGetProperty("rollForward", out var roll) && roll.ValueKind == JsonValueKind.String ? roll.GetString()! : "patch";
                    return new GlobalJsonPin(file, version.GetString()!, rollForward);
                }
            }
            catch (JsonException)
            {
                // dotnet itself reports a malformed global.json; the scan goes on without a pin.
            }
            catch (IOException)
            {
            }

            return null;
        }

        return null;
    }

    /// <summary>Whether one of <paramref name="installed"/> satisfies the pin.</summary>
    public bool IsSatisfiedBy(IEnumerable<string> installed) => installed.Any(Satisfies);

    private bool Satisfies(string candidate)
    {
        if (!TryParse(Version, out var pinned) || !TryParse(candidate, out var have))
        {
            return string.Equals(Version, candidate, StringComparison.OrdinalIgnoreCase);
        }

        if (have < pinned)
        {
            return false;
        }

        var band = pinned.Build / 100;
        return RollForward.ToLowerInvariant() switch
        {
            "disable" => have == pinned,
            "patch" or "latestpatch" => have.Major == pinned.Major && have.Minor == pinned.Minor && have.Build / 100 == band,
            "feature" or "latestfeature" => have.Major == pinned.Major && have.Minor == pinned.Minor,
            "minor" or "latestminor" => have.Major == pinned.Major,
            _ => true,
        };
    }

    private static bool TryParse(string text, out Version version) => System.Version.TryParse(text.Split('-')[0], out version!);
}
