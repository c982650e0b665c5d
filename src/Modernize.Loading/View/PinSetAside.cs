using System.Text.Json;
using System.Text.Json.Nodes;
using Modernize.Loading.Environment;

namespace Modernize.Loading.View;

/// <summary>
/// A global.json that pins an SDK that is not installed makes hostfxr, and so the workspace's build host and dotnet restore,
/// fail for every project under it. In the private view only, the pin is rewritten to roll forward to the installed SDK
/// (its other settings, such as <c>msbuild-sdks</c>, kept); the user's global.json is never touched.
/// </summary>
public static class PinSetAside
{
    /// <summary>Rewrites the unsatisfied pin that applies to <paramref name="viewFolder"/>; returns the one warning to show, or null.</summary>
    public static string? Apply(PrivateView view, string viewFolder, MsBuildEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(environment);
        var pin = GlobalJsonPin.Find(viewFolder);
        if (pin is null || pin.IsSatisfiedBy(environment.InstalledSdks) || !pin.File.StartsWith(view.Root, StringComparison.Ordinal))
        {
            return null;
        }

        var installed = environment.SdkVersion.ToString();
        JsonObject document;
        try
        {
            document = JsonNode.Parse(File.ReadAllText(pin.File), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            document = [];
        }

        document["sdk"] = new JsonObject { ["version"] = installed, ["rollForward"] = "latestMajor", ["allowPrerelease"] = true };
        File.WriteAllText(pin.File, document.ToJsonString());
        return $"{view.ToOriginal(pin.File)} pins .NET SDK {pin.Version} (rollForward {pin.RollForward}), which is not installed: the pin was set aside in the scan's private copy of the tree (your global.json is unchanged) and the projects were loaded with the installed SDK {installed}";
    }
}
