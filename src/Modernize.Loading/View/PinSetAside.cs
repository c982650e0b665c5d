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
    /// <summary>
    /// Sets aside the unsatisfied pin that applies to <paramref name="originalFolder"/>: rewritten in the copy when the copy holds
    /// it (a pin above the copied tree does not reach the copy at all). Returns the one warning to show, or null.
    /// </summary>
    public static string? Apply(PrivateView view, string originalFolder, MsBuildEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(environment);
        var pin = GlobalJsonPin.Find(originalFolder);
        if (pin is null || pin.IsSatisfiedBy(environment.InstalledSdks))
        {
            return null;
        }

        var installed = environment.SdkVersion.ToString();
        if (view.Covers(pin.File))
        {
            Rewrite(view.ToView(pin.File), installed);
        }

        return $"{pin.File} pins .NET SDK {pin.Version} (rollForward {pin.RollForward}), which is not installed: the pin was set aside in the scan's private copy of the tree (your global.json is unchanged) and the projects were loaded with the installed SDK {installed}";
    }

    private static void Rewrite(string file, string installed)
    {
        JsonObject document;
        try
        {
            document = JsonNode.Parse(File.ReadAllText(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            document = [];
        }

        document["sdk"] = new JsonObject { ["version"] = installed, ["rollForward"] = "latestMajor", ["allowPrerelease"] = true };
        File.WriteAllText(file, document.ToJsonString());
    }
}
