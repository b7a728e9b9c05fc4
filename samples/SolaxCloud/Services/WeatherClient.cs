using System.Globalization;
using SolaxCloud.Model;

namespace SolaxCloud.Services;

/// <summary>Solar irradiance forecasts used to estimate a plant's expected production.</summary>
public sealed class WeatherClient(HttpClient http, ILogger<WeatherClient> logger)
{
    public async Task<string> ForecastAsync(Plant plant, CancellationToken cancellationToken)
    {
        // LEAK (PII0302): the policy promises that no personal data goes to the weather provider, yet the plant's
        // precise coordinates (and its time zone) leave the EU in the query string. Round them to a grid cell first.
        var url = string.Create(CultureInfo.InvariantCulture,
            $"https://api.weather.example/v1/irradiance?lat={plant.Location.Latitude}&lon={plant.Location.Longitude}&tz={plant.TimeZone}");
        var forecast = await http.GetStringAsync(url, cancellationToken);
        logger.LogDebug("Forecast for plant {PlantId}: {Bytes} bytes", plant.Id, forecast.Length);
        return forecast;
    }
}
