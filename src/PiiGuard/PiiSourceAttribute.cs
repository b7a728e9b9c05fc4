using System;

namespace PiiGuard;

/// <summary>
/// Declares where data comes from (GDPR Art. 14(2)(f); CCPA "categories of sources"), e.g. "You, when you register"
/// or a third-party provider. Set <see cref="PersonalData"/> to <see langword="false"/> for a source the notice says
/// provides no personal data (map tiles, weather).
/// </summary>
/// <example><code>[assembly: PiiSource("QWeather", Description = "Weather conditions", PersonalData = false)]</code></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PiiSourceAttribute : Attribute
{
    /// <summary>Declares the source.</summary>
    /// <param name="source">Who or what the data comes from.</param>
    public PiiSourceAttribute(string source)
    {
        Source = source;
    }

    /// <summary>Who or what the data comes from.</summary>
    public string Source { get; }

    /// <summary>What is obtained and how, as the notice words it.</summary>
    public string? Description { get; set; }

    /// <summary>The items (<see cref="PiiAttribute.Item"/>) or data categories (<see cref="PiiAttribute.Group"/>) obtained from it.</summary>
    public string[]? Items { get; set; }

    /// <summary>Whether the source provides personal data; <see langword="true"/> unless set.</summary>
    public bool PersonalData { get; set; } = true;
}
